#include "inspector/documentview.h"

#include <QFileInfo>

namespace enclave::ui {

DocumentView::DocumentView(const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_path(path)
{
}

QString DocumentView::title() const
{
    return QFileInfo(m_path).fileName();
}

} // namespace enclave::ui
