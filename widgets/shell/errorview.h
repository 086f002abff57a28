#pragma once

#include <memory>

#include "common/error.h"
#include "inspector/documentview.h"

class QLabel;
class QSplitter;
class QTreeView;

namespace enclave::ui {

class ByteSource;
class FieldItem;
class FieldTreeModel;
class HexView;

// The tab a file gets when it cannot be shown: what is wrong and at which offset, above the hex
// view with the offending byte marked (when there are bytes to show), and beside it the part that
// did parse (an EIF's header when its sections are cut short) when the viewer could give one.
class ErrorView final : public DocumentView {
    Q_OBJECT
public:
    ErrorView(const QString &path, const Error &error, std::shared_ptr<const ByteSource> source,
        QWidget *parent = nullptr);
    ~ErrorView() override;

    // Shows the fields that parsed in a tree beside the hex view (selection marks their bytes).
    void setParsedFields(std::unique_ptr<FieldItem> root);
    QTreeView *fieldTree() const { return m_tree; }
    FieldTreeModel *fieldModel() const { return m_model; }

    bool isErrorView() const override { return true; }
    const Error &error() const { return m_error; }
    QString message() const;
    HexView *hexView() const { return m_hex; }

private:
    Error m_error;
    QLabel *m_label = nullptr;
    HexView *m_hex = nullptr;
    QSplitter *m_split = nullptr;
    QTreeView *m_tree = nullptr;
    FieldTreeModel *m_model = nullptr;
};

} // namespace enclave::ui
