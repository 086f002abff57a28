#include "inspector/certificatechainmodel.h"

#include <QColor>
#include <QFontDatabase>

#include "common/hex.h"

namespace enclave::ui {

CertificateChainModel::CertificateChainModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_time(QDateTime::currentDateTimeUtc())
{
}

void CertificateChainModel::setChain(const QList<X509Certificate> &rootToLeaf)
{
    beginResetModel();
    m_chain = rootToLeaf;
    endResetModel();
}

void CertificateChainModel::setVerificationTime(const QDateTime &time)
{
    m_time = time;
    if (!m_chain.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CertificateChainModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chain.size());
}

int CertificateChainModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateChainModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const X509Certificate &cert = m_chain.at(index.row());
    const bool valid = cert.isValidAt(m_time);
    const QString fingerprint = QString::fromLatin1(cert.fingerprintSha256().toHex(':').toUpper());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RoleColumn:
            if (index.row() == 0)
                return m_chain.size() == 1 ? tr("Certificate") : tr("Root");
            if (index.row() == m_chain.size() - 1)
                return tr("Leaf (enclave)");
            return tr("Intermediate %1").arg(index.row());
        case SubjectColumn:
            return cert.subject();
        case NotBeforeColumn:
            return cert.notBefore().toString(Qt::ISODate);
        case NotAfterColumn:
            return cert.notAfter().toString(Qt::ISODate);
        case ValidityColumn:
            if (valid)
                return tr("valid");
            return m_time < cert.notBefore() ? tr("not yet valid") : tr("expired");
        case FingerprintColumn:
            return fingerprint;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("Subject: %1\nIssuer: %2\nSerial: %3\nSignature: %4\nKey: %5 %6\nSHA-256: %7")
            .arg(cert.subject(), cert.issuer(), cert.serialHex(), cert.signatureAlgorithm(),
                cert.publicKeyType(), cert.curveName(), fingerprint);
    case Qt::FontRole:
        if (index.column() == FingerprintColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ValidityColumn)
            return valid ? QColor(0x2e, 0x9d, 0x4f) : QColor(0xd3, 0x2f, 0x2f);
        return {};
    case FingerprintRole:
        return hex::encode(cert.fingerprintSha256());
    case ValidAtTimeRole:
        return valid;
    default:
        return {};
    }
}

QVariant CertificateChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case SubjectColumn:
        return tr("Subject");
    case NotBeforeColumn:
        return tr("Valid from");
    case NotAfterColumn:
        return tr("Valid until");
    case ValidityColumn:
        return tr("At verification time");
    case FingerprintColumn:
        return tr("SHA-256 fingerprint");
    default:
        return {};
    }
}

} // namespace enclave::ui
