#include "remote/connectionprofilestore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace enclave::ui {

QList<ConnectionProfile> ConnectionProfileStore::load()
{
    QList<ConnectionProfile> out { ConnectionProfile::localSimulator() };
    QSettings s;
    const int n = s.beginReadArray(u"connections/profiles"_s);
    for (int i = 0; i < n && i < 500; ++i) {
        s.setArrayIndex(i);
        ConnectionProfile p;
        p.id = s.value(u"id"_s).toString();
        if (p.id.isEmpty() || p.id == ConnectionProfile::localSimulatorId())
            continue;
        p.kind = ConnectionProfile::Kind::Ssh;
        p.name = s.value(u"name"_s).toString();
        p.host = s.value(u"host"_s).toString();
        p.user = s.value(u"user"_s).toString();
        p.port = qBound(0, s.value(u"port"_s).toInt(), 65535);
        p.identityFile = s.value(u"identityFile"_s).toString();
        p.jumpHost = s.value(u"jumpHost"_s).toString();
        p.options = s.value(u"options"_s).toStringList();
        p.agentCommand = s.value(u"agentCommand"_s, p.agentCommand).toString();
        out.append(p);
    }
    s.endArray();
    return out;
}

void ConnectionProfileStore::save(const QList<ConnectionProfile> &profiles)
{
    QSettings s;
    s.remove(u"connections/profiles"_s);
    s.beginWriteArray(u"connections/profiles"_s);
    int i = 0;
    for (const ConnectionProfile &p : profiles) {
        if (p.isLocalSimulator())
            continue;
        s.setArrayIndex(i++);
        s.setValue(u"id"_s, p.id);
        s.setValue(u"name"_s, p.name);
        s.setValue(u"host"_s, p.host);
        s.setValue(u"user"_s, p.user);
        s.setValue(u"port"_s, p.port);
        s.setValue(u"identityFile"_s, p.identityFile);
        s.setValue(u"jumpHost"_s, p.jumpHost);
        s.setValue(u"options"_s, p.options);
        s.setValue(u"agentCommand"_s, p.agentCommand);
    }
    s.endArray();
}

ConnectionProfile ConnectionProfileStore::find(const QString &id)
{
    for (const ConnectionProfile &p : load())
        if (p.id == id)
            return p;
    return {};
}

QString ConnectionProfileStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList ConnectionProfileStore::sshConfigHosts(const QString &path)
{
    QFile f(path.isEmpty() ? QDir::homePath() + u"/.ssh/config"_s : path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.read(1 << 20);
    QStringList hosts;
    for (const QByteArray &raw : bytes.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(u'#'))
            continue;
        // "Host a b", "Host=a", any case.
        static const QRegularExpression re(
            u"^host(?:\\s*=\\s*|\\s+)(.+)$"_s, QRegularExpression::CaseInsensitiveOption);
        const auto m = re.match(line);
        if (!m.hasMatch())
            continue;
        for (const QString &h : m.captured(1).split(u' ', Qt::SkipEmptyParts)) {
            if (h.contains(u'*') || h.contains(u'?') || h.startsWith(u'!') || hosts.contains(h))
                continue;
            hosts.append(h);
        }
    }
    return hosts;
}

} // namespace enclave::ui
