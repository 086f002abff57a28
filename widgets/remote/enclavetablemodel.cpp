#include "remote/enclavetablemodel.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace enclave::ui {

namespace {
QDateTime parseTime(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}
} // namespace

EnclaveTableModel::EnclaveTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

int EnclaveTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnclaveTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EnclaveTableModel::formatDuration(qint64 s)
{
    if (s < 0)
        s = 0;
    if (s < 60)
        return u"%1 s"_s.arg(s);
    if (s < 3600)
        return u"%1 min %2 s"_s.arg(s / 60).arg(s % 60);
    if (s < 86400)
        return u"%1 h %2 min"_s.arg(s / 3600).arg((s % 3600) / 60);
    return u"%1 d %2 h"_s.arg(s / 86400).arg((s % 86400) / 3600);
}

QString EnclaveTableModel::state(const Row &r) const
{
    if (r.exited)
        return u"EXITED"_s;
    return r.record.value(u"State"_s).toString();
}

QVariant EnclaveTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case EnclaveIdRole:
        return r.id;
    case RecordRole:
        return QVariant::fromValue(r.record);
    case RunningRole:
        return !r.exited;
    case CidRole:
        return r.record.value(u"EnclaveCID"_s).toInteger();
    case MeasurementsRole:
        return QVariant::fromValue(r.measurements);
    case EifNameRole:
        return r.eifName;
    default:
        break;
    }
    const int col = index.column();
    if (role == Qt::DisplayRole) {
        switch (col) {
        case Name:
            return r.record.value(u"EnclaveName"_s).toString();
        case Id:
            return r.id;
        case Cid:
            return QString::number(r.record.value(u"EnclaveCID"_s).toInteger());
        case State:
            if (r.exited && r.exitedAt.isValid())
                return tr("EXITED %1")
                    .arg(QLocale().toString(r.exitedAt.toLocalTime().time(), QLocale::LongFormat));
            return state(r);
        case Cpus:
            return QString::number(r.record.value(u"NumberOfCPUs"_s).toInteger());
        case Memory:
            return tr("%1 MiB").arg(r.record.value(u"MemoryMiB"_s).toInteger());
        case Debug:
            return r.record.value(u"Flags"_s).toString() == u"DEBUG_MODE" ? tr("debug") : QString();
        case Uptime: {
            const QDateTime end = r.exited && r.exitedAt.isValid() ? r.exitedAt : m_now;
            return formatDuration(r.startedAt.secsTo(end));
        }
        case Image:
            return r.eifName;
        case Measurements: {
            const QString pcr0 = r.measurements.value(u"PCR0"_s).toString();
            return pcr0.isEmpty() ? QString() : u"PCR0 %1…"_s.arg(pcr0.left(16));
        }
        case Attestation:
            return r.attestation;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (col == State && r.exited)
            return r.exitReason.isEmpty() ? tr("Exited") : tr("Exited: %1").arg(r.exitReason);
        if (col == Measurements && !r.measurements.isEmpty()) {
            QStringList lines { tr("Image: %1").arg(r.eifName) };
            for (const QString &k : { u"PCR0"_s, u"PCR1"_s, u"PCR2"_s, u"PCR8"_s })
                if (r.measurements.contains(k))
                    lines << k + u": "_s + r.measurements.value(k).toString();
            return lines.join(u'\n');
        }
        if (col == Image)
            return r.eifName.isEmpty()
                ? tr("Not launched from this app: the agent does not say which image it runs")
                : tr("Launched from %1").arg(r.eifName);
        if (col == Debug && r.record.value(u"Flags"_s).toString() == u"DEBUG_MODE")
            return tr("Debug mode: the console is readable, and attestation documents carry all-zero PCRs.");
        if (col == Attestation)
            return r.attestationDetails.isEmpty()
                ? tr("Attest Now asks the enclave for a fresh attestation document.")
                : r.attestationDetails;
        if (col == Uptime)
            return tr("Started %1").arg(QLocale().toString(r.startedAt.toLocalTime(), QLocale::LongFormat));
        return {};
    }
    if (role == Qt::ForegroundRole && r.exited)
        return QBrush(QColor(Qt::gray));
    if (role == Qt::ForegroundRole && col == Attestation && r.attestationSeverity != 0)
        return QBrush(r.attestationSeverity > 0 ? QColor(0x1e, 0x84, 0x49) : QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::TextAlignmentRole && (col == Cid || col == Cpus || col == Memory))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant EnclaveTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Id:
        return tr("Enclave ID");
    case Cid:
        return tr("CID");
    case State:
        return tr("State");
    case Cpus:
        return tr("CPUs");
    case Memory:
        return tr("Memory");
    case Debug:
        return tr("Debug");
    case Uptime:
        return tr("Uptime");
    case Image:
        return tr("Image");
    case Measurements:
        return tr("Measurements");
    case Attestation:
        return tr("Attestation");
    default:
        return {};
    }
}

void EnclaveTableModel::setAttestation(
    const QString &enclaveId, const QString &text, const QString &details, int severity)
{
    const int row = rowOf(enclaveId);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.attestation = text;
    r.attestationDetails = details;
    r.attestationSeverity = severity;
    Q_EMIT dataChanged(index(row, Attestation), index(row, Attestation));
}

void EnclaveTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void EnclaveTableModel::update(const QJsonArray &list, const QDateTime &now)
{
    m_now = now;
    QSet<QString> seen;
    for (const QJsonValue &v : list) {
        const QJsonObject rec = v.toObject();
        const QString id = rec.value(u"EnclaveID"_s).toString();
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        const bool agentSaysExited = rec.value(u"State"_s).toString() == u"EXITED"
            || rec.value(u"State"_s).toString() == u"TERMINATED";
        int row = rowOf(id);
        if (row < 0) {
            Row r;
            r.id = id;
            r.firstSeen = now;
            row = int(m_rows.size());
            beginInsertRows({}, row, row);
            m_rows.append(r);
            endInsertRows();
        }
        Row &r = m_rows[row];
        r.record = rec;
        const QDateTime started = parseTime(rec.value(u"StartedAt"_s));
        r.startedAt = started.isValid() ? started : r.firstSeen;
        if (agentSaysExited) {
            if (!r.exited) {
                r.exited = true;
                const QDateTime exitedAt = parseTime(rec.value(u"ExitedAt"_s));
                r.exitedAt = exitedAt.isValid() ? exitedAt : now;
                r.exitReason = rec.value(u"ExitReason"_s).toString();
            }
        } else if (r.exited) {
            // The same ID running again cannot happen with nitro-cli; trust the agent if it does.
            r.exited = false;
            r.exitedAt = {};
            r.exitReason.clear();
        }
        emitRowChanged(row);
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        if (seen.contains(r.id) || r.exited)
            continue;
        r.exited = true;
        r.exitedAt = now;
        r.exitReason = tr("no longer listed by the agent");
        emitRowChanged(row);
    }
    pruneExited();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Uptime), index(int(m_rows.size()) - 1, Uptime));
}

void EnclaveTableModel::pruneExited()
{
    qsizetype exited = 0;
    for (const Row &r : std::as_const(m_rows))
        exited += r.exited ? 1 : 0;
    for (int row = 0; exited > MaxExitedRows && row < m_rows.size();) {
        if (!m_rows.at(row).exited) {
            ++row;
            continue;
        }
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        --exited;
    }
}

void EnclaveTableModel::tick(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Uptime), index(int(m_rows.size()) - 1, Uptime));
}

void EnclaveTableModel::setImage(const QString &enclaveId, const QString &eifName)
{
    const int row = rowOf(enclaveId);
    if (row < 0 || m_rows.at(row).eifName == eifName)
        return;
    m_rows[row].eifName = eifName;
    emitRowChanged(row);
}

void EnclaveTableModel::setMeasurements(const QString &enclaveId, const QJsonObject &measurements)
{
    const int row = rowOf(enclaveId);
    if (row < 0)
        return;
    m_rows[row].measurements = measurements;
    emitRowChanged(row);
}

void EnclaveTableModel::removeExited()
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!m_rows.at(row).exited)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

int EnclaveTableModel::rowOf(const QString &enclaveId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == enclaveId)
            return i;
    return -1;
}

QString EnclaveTableModel::enclaveId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QJsonObject EnclaveTableModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).record : QJsonObject();
}

bool EnclaveTableModel::isRunning(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).exited;
}

QString EnclaveTableModel::eifName(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).eifName : QString();
}

QStringList EnclaveTableModel::enclaveIds() const
{
    QStringList out;
    for (const Row &r : m_rows)
        out << r.id;
    return out;
}

} // namespace enclave::ui
