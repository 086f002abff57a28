#include "shell/errorview.h"

#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include "inspector/bytesource.h"
#include "inspector/fielditem.h"
#include "inspector/fieldtreecolumns.h"
#include "inspector/fieldtreemodel.h"
#include "inspector/hexview.h"
#include "inspector/spanselection.h"

namespace enclave::ui {

ErrorView::ErrorView(
    const QString &path, const Error &error, std::shared_ptr<const ByteSource> source, QWidget *parent)
    : DocumentView(path, parent)
    , m_error(error)
{
    auto *layout = new QVBoxLayout(this);
    auto *banner = new QWidget(this);
    auto *bannerLayout = new QHBoxLayout(banner);
    auto *icon = new QLabel(banner);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(32, 32));
    bannerLayout->addWidget(icon, 0, Qt::AlignTop);
    m_label = new QLabel(message(), banner);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_label->setObjectName(QStringLiteral("errorMessage"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerLayout->addWidget(m_label, 1);
    layout->addWidget(banner);

    m_split = new QSplitter(Qt::Horizontal, this);
    m_hex = new HexView(m_split);
    m_split->addWidget(m_hex);
    layout->addWidget(m_split, 1);
    if (source && source->size() > 0) {
        m_hex->setSource(std::move(source));
        if (error.offset >= 0)
            m_hex->markField(std::min(error.offset, m_hex->size() - 1), 1, true);
    } else {
        // Nothing to show below: the icon and the message stay together at the top.
        m_split->hide();
        layout->addStretch(1);
    }
}

ErrorView::~ErrorView() = default;

void ErrorView::setParsedFields(std::unique_ptr<FieldItem> root)
{
    if (!m_tree) {
        m_model = new FieldTreeModel(this);
        m_tree = new QTreeView(m_split);
        m_tree->setObjectName(QStringLiteral("parsedFields"));
        m_tree->setModel(m_model);
        m_tree->setUniformRowHeights(true);
        m_tree->setAlternatingRowColors(true);
        m_split->insertWidget(0, m_tree);
        m_split->setStretchFactor(0, 1);
        m_split->setStretchFactor(1, 1);
        m_split->setSizes({ 1, 1 }); // half each: the proportion holds as the window is sized
        connectSpanSelection(m_tree, m_model, m_hex);
    }
    m_model->setRoot(std::move(root));
    m_tree->expandToDepth(0);
    setUpFieldTreeColumns(m_tree, QStringLiteral("error/fieldColumns"));
}

QString ErrorView::message() const
{
    QString text = tr("<b>%1 cannot be shown.</b>").arg(title().toHtmlEscaped());
    if (m_error.offset >= 0)
        text += QLatin1String("<br>")
            + tr("At offset %1 (0x%2): %3")
                  .arg(m_error.offset)
                  .arg(m_error.offset, 0, 16)
                  .arg(m_error.message.toHtmlEscaped());
    else
        text += QLatin1String("<br>") + m_error.message.toHtmlEscaped();
    return text;
}

} // namespace enclave::ui
