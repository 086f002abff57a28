#pragma once

#include <QAbstractItemModel>
#include <QList>

#include "measure/eifdiff.h"

namespace enclave::ui {

// The section and file differences of two EIFs as a tree: sections (with the PCRs each moves), and
// under them the cmdline arguments, metadata JSON paths, ramdisk files and notes. "Content only"
// hides what moves no PCR or changes no file's bytes: unmeasured metadata, equal sections and
// mtime/owner-only entries (which still move PCRs, and are listed under "all").
class EifDiffModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { ItemColumn, ChangeColumn, PcrsColumn, ColumnCount };
    enum class NodeKind { Section, File, Argument, MetadataChange, Note };
    enum Roles {
        NodeKindRole = Qt::UserRole + 1,
        PathRole,
        MtimeOrOwnerOnlyRole,
        SectionIndexRole, // index into EifDiff::sections() (-1 for none)
        ChangeIndexRole, // a file's index into that section's ramdisk changes (-1 for other nodes)
    };

    explicit EifDiffModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(EifDiffModel)

    void setDiff(const EifDiff &diff);
    void clear();
    void setContentOnly(bool on);
    bool contentOnly() const { return m_contentOnly; }
    const EifDiff &diff() const { return m_diff; }
    // The file change a File node stands for (nullptr for other nodes).
    const FileChange *fileChange(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        int parent = -1; // index in m_nodes, -1 for top level
        int row = 0; // position among its siblings
        QList<int> children;
        NodeKind kind = NodeKind::Note;
        QString text;
        QString change;
        QString pcrs;
        QString path;
        bool mtimeOrOwnerOnly = false;
        bool highlight = false;
        int sectionIndex = -1;
        int changeIndex = -1;
    };
    void rebuild();
    int addNode(int parent, Node node);

    EifDiff m_diff;
    bool m_hasDiff = false;
    bool m_contentOnly = false;
    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace enclave::ui
