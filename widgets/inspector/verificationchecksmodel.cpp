#include "inspector/verificationchecksmodel.h"

#include <algorithm>

#include <QApplication>
#include <QColor>
#include <QStyle>

namespace enclave::ui {

VerificationChecksModel::VerificationChecksModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VerificationChecksModel::setVerification(const AttestationVerification &verification)
{
    beginResetModel();
    m_verification = verification;
    // Failed checks first (in the order they ran), then the rest in order: the reason a document
    // is refused is the first thing seen.
    std::stable_partition(m_verification.checks.begin(), m_verification.checks.end(),
        [](const AttestationCheck &c) { return c.status == AttestationCheck::Status::Failed; });
    endResetModel();
}

QString VerificationChecksModel::statusText(AttestationCheck::Status status)
{
    switch (status) {
    case AttestationCheck::Status::Passed:
        return tr("passed");
    case AttestationCheck::Status::Failed:
        return tr("FAILED");
    case AttestationCheck::Status::Skipped:
        return tr("skipped");
    case AttestationCheck::Status::Warning:
        return tr("warning");
    }
    return {};
}

int VerificationChecksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_verification.checks.size());
}

int VerificationChecksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VerificationChecksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttestationCheck &check = m_verification.checks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CheckColumn:
            return check.title;
        case StatusColumn:
            return statusText(check.status);
        case ReasonColumn:
            return check.reason;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return check.reason;
    case Qt::DecorationRole:
        if (index.column() != StatusColumn)
            return {};
        switch (check.status) {
        case AttestationCheck::Status::Passed:
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        case AttestationCheck::Status::Failed:
            return QApplication::style()->standardIcon(QStyle::SP_DialogCancelButton);
        case AttestationCheck::Status::Warning:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case AttestationCheck::Status::Skipped:
            return {};
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() != StatusColumn)
            return {};
        switch (check.status) {
        case AttestationCheck::Status::Passed:
            return QColor(0x2e, 0x9d, 0x4f);
        case AttestationCheck::Status::Failed:
            return QColor(0xd3, 0x2f, 0x2f);
        case AttestationCheck::Status::Warning:
            return QColor(0xd0, 0x8a, 0x00);
        case AttestationCheck::Status::Skipped:
            return {};
        }
        return {};
    case CheckIdRole:
        return check.id;
    case StatusRole:
        return int(check.status);
    default:
        return {};
    }
}

QVariant VerificationChecksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CheckColumn:
        return tr("Check");
    case StatusColumn:
        return tr("Result");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace enclave::ui
