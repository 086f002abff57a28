#include "compare/eifdiffmodel.h"

#include <QColor>

namespace enclave::ui {

EifDiffModel::EifDiffModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void EifDiffModel::setDiff(const EifDiff &diff)
{
    beginResetModel();
    m_diff = diff;
    m_hasDiff = true;
    rebuild();
    endResetModel();
}

void EifDiffModel::clear()
{
    beginResetModel();
    m_diff = EifDiff();
    m_hasDiff = false;
    rebuild();
    endResetModel();
}

void EifDiffModel::setContentOnly(bool on)
{
    if (on == m_contentOnly)
        return;
    beginResetModel();
    m_contentOnly = on;
    rebuild();
    endResetModel();
}

int EifDiffModel::addNode(int parent, Node node)
{
    node.parent = parent;
    const int id = int(m_nodes.size());
    if (parent < 0) {
        node.row = int(m_top.size());
        m_top.append(id);
    } else {
        node.row = int(m_nodes[parent].children.size());
        m_nodes[parent].children.append(id);
    }
    m_nodes.append(node);
    return id;
}

void EifDiffModel::rebuild()
{
    m_nodes.clear();
    m_top.clear();
    if (!m_hasDiff)
        return;
    for (int sectionIndex = 0; sectionIndex < m_diff.sections().size(); ++sectionIndex) {
        const EifDiff::Section &s = m_diff.sections().at(sectionIndex);
        const bool equal = s.status == EifDiff::Status::Equal;
        if (m_contentOnly && (equal || s.pcrs.isEmpty()))
            continue;
        Node sec;
        sec.kind = NodeKind::Section;
        sec.text = s.name();
        switch (s.status) {
        case EifDiff::Status::Equal:
            sec.change = tr("identical");
            break;
        case EifDiff::Status::Changed:
            sec.change = tr("differs");
            break;
        case EifDiff::Status::OnlyLeft:
            sec.change = tr("only in left");
            break;
        case EifDiff::Status::OnlyRight:
            sec.change = tr("only in right");
            break;
        }
        QStringList pcrs;
        for (int p : s.pcrs)
            pcrs.append(QStringLiteral("PCR%1").arg(p));
        sec.pcrs = equal     ? QString()
            : pcrs.isEmpty() ? tr("none (not measured)")
                             : pcrs.join(QStringLiteral(", "));
        sec.highlight = !s.pcrs.isEmpty();
        sec.sectionIndex = sectionIndex;
        const int id = addNode(-1, sec);

        for (const QString &a : s.removedArguments)
            addNode(id, { -1, 0, {}, NodeKind::Argument, a, tr("argument removed"), {}, {}, false, true });
        for (const QString &a : s.addedArguments)
            addNode(id, { -1, 0, {}, NodeKind::Argument, a, tr("argument added"), {}, {}, false, true });
        for (const QString &c : s.metadataChanges) {
            // "Path: old -> new": the JSON path in the first column, the values in the details
            // column, so a long value never widens the column the file paths share.
            const qsizetype colon = c.indexOf(QStringLiteral(": "));
            const QString path = colon > 0 ? c.left(colon) : c;
            const QString values = colon > 0 ? c.mid(colon + 2) : QString();
            Node n { -1, 0, {}, NodeKind::MetadataChange, path, tr("metadata"), values, {}, false, false };
            n.sectionIndex = sectionIndex;
            addNode(id, n);
        }
        if (!s.listError.isEmpty())
            addNode(id, { -1, 0, {}, NodeKind::Note, s.listError, tr("cannot list"), {}, {}, false, true });
        for (int changeIndex = 0; changeIndex < s.ramdisk.changes().size(); ++changeIndex) {
            const FileChange &c = s.ramdisk.changes().at(changeIndex);
            const bool meta = c.isMtimeOrOwnerOnly();
            if (m_contentOnly && meta)
                continue;
            QString change;
            switch (c.kind) {
            case FileChange::Kind::Added:
                change = tr("added");
                break;
            case FileChange::Kind::Removed:
                change = tr("removed");
                break;
            case FileChange::Kind::Changed:
                change = FileChange::aspectIds(c.aspects).join(QStringLiteral(", "));
                break;
            }
            Node n { -1, 0, {}, NodeKind::File, c.path(), change, {}, c.path(), meta, !meta };
            n.pcrs = c.describe();
            n.sectionIndex = sectionIndex;
            n.changeIndex = changeIndex;
            addNode(id, n);
        }
        if (!m_contentOnly) {
            for (const QString &note : s.notes + s.ramdisk.notes())
                addNode(id, { -1, 0, {}, NodeKind::Note, note, tr("note"), {}, {}, false, false });
        }
    }
}

QModelIndex EifDiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int> &siblings = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_top;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex EifDiffModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes.at(int(child.internalId())).parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes.at(p).row, 0, quintptr(p));
}

int EifDiffModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int EifDiffModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EifDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = m_nodes.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn:
            return n.text;
        case ChangeColumn:
            return n.change;
        case PcrsColumn:
            return n.pcrs;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (n.kind == NodeKind::File)
            return QVariant(n.pcrs + u'\n' + tr("Double-click to see both versions side by side."));
        if (n.kind == NodeKind::MetadataChange)
            return QVariant(n.text + QStringLiteral(": ") + n.pcrs);
        return QVariant(n.text);
    case Qt::BackgroundRole:
        if (n.kind == NodeKind::Section && n.highlight)
            return QColor(220, 50, 47, 60);
        if (n.kind == NodeKind::File && n.mtimeOrOwnerOnly)
            return QColor(230, 160, 20, 50);
        return {};
    case NodeKindRole:
        return int(n.kind);
    case PathRole:
        return n.path;
    case MtimeOrOwnerOnlyRole:
        return n.mtimeOrOwnerOnly;
    case SectionIndexRole:
        return n.sectionIndex;
    case ChangeIndexRole:
        return n.changeIndex;
    default:
        return {};
    }
}

const FileChange *EifDiffModel::fileChange(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    const Node &n = m_nodes.at(int(index.internalId()));
    if (n.kind != NodeKind::File || n.sectionIndex < 0 || n.changeIndex < 0)
        return nullptr;
    return &m_diff.sections().at(n.sectionIndex).ramdisk.changes().at(n.changeIndex);
}

QVariant EifDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Section / file");
    case ChangeColumn:
        return tr("Change");
    case PcrsColumn:
        return tr("PCRs moved / details");
    default:
        return {};
    }
}

} // namespace enclave::ui
