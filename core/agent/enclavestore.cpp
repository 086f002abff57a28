#include "agent/enclavestore.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace enclave::agent {

namespace {
constexpr qint64 kMaxStateBytes = 4 * 1024 * 1024;

class FileLock final {
public:
    explicit FileLock(const QString &path)
    {
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd >= 0 && ::flock(m_fd, LOCK_EX) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~FileLock()
    {
        if (m_fd >= 0)
            ::close(m_fd); // releases the flock
    }
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    bool ok() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};
} // namespace

EnclaveStore::EnclaveStore(const QString &stateDir)
    : m_dir(QDir::cleanPath(stateDir))
{
}

QString EnclaveStore::consolePath(const QString &enclaveId) const
{
    return m_dir + QStringLiteral("/console/") + enclaveId + QStringLiteral(".log");
}

QString EnclaveStore::vsockPath(quint32 cid, quint32 port) const
{
    return m_dir + QStringLiteral("/vsock/%1_%2.sock").arg(cid).arg(port);
}

Result<QJsonObject> EnclaveStore::update(const std::function<void(QJsonObject &)> &change)
{
    QDir dir;
    if (!dir.mkpath(m_dir) || !dir.mkpath(m_dir + QStringLiteral("/console")))
        return makeError(Error::Code::Io, QStringLiteral("cannot create state directory %1").arg(m_dir));
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    FileLock lock(m_dir + QStringLiteral("/state.lock"));
    if (!lock.ok())
        return makeError(Error::Code::Io, QStringLiteral("cannot lock %1/state.lock").arg(m_dir));
    QJsonObject state;
    QFile f(m_dir + QStringLiteral("/state.json"));
    if (f.open(QIODevice::ReadOnly)) {
        if (f.size() > kMaxStateBytes)
            return makeError(Error::Code::LimitExceeded, QStringLiteral("%1 is too large").arg(f.fileName()));
        state = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
    }
    if (!change)
        return state;
    const QJsonObject before = state;
    change(state);
    if (state == before)
        return state;
    QSaveFile out(f.fileName());
    if (!out.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(out.fileName(), out.errorString()));
    out.write(QJsonDocument(state).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(out.fileName(), out.errorString()));
    return state;
}

QJsonObject EnclaveStore::findEnclave(const QJsonObject &state, const QString &enclaveId)
{
    const QJsonArray list = state.value(QStringLiteral("enclaves")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("EnclaveID")).toString() == enclaveId)
            return o;
    }
    return {};
}

void EnclaveStore::replaceEnclave(QJsonObject &state, const QJsonObject &record)
{
    QJsonArray list = state.value(QStringLiteral("enclaves")).toArray();
    const QString id = record.value(QStringLiteral("EnclaveID")).toString();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).toObject().value(QStringLiteral("EnclaveID")).toString() == id) {
            list.replace(i, record);
            state.insert(QStringLiteral("enclaves"), list);
            return;
        }
    }
    list.append(record);
    state.insert(QStringLiteral("enclaves"), list);
}

QStringList EnclaveStore::pruneExited(QJsonObject &state, int keep)
{
    QStringList dropped;
    QJsonArray list = state.value(QStringLiteral("enclaves")).toArray();
    int exited = 0;
    for (const QJsonValue &v : list)
        exited += v.toObject().value(QStringLiteral("State")).toString() == u"EXITED";
    for (qsizetype i = 0; i < list.size() && exited > keep;) {
        if (list.at(i).toObject().value(QStringLiteral("State")).toString() == u"EXITED") {
            dropped.append(list.at(i).toObject().value(QStringLiteral("EnclaveID")).toString());
            list.removeAt(i);
            --exited;
        } else {
            ++i;
        }
    }
    state.insert(QStringLiteral("enclaves"), list);
    return dropped;
}

} // namespace enclave::agent
