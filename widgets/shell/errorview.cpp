#include "shell/errorview.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

#include "inspector/bytesource.h"
#include "inspector/hexview.h"

namespace enclave::ui {

ErrorView::ErrorView(const QString &path, const Error &error, std::shared_ptr<const ByteSource> source,
                     QWidget *parent)
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
    m_label->setObjectName(QStringLiteral("errorMessage"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerLayout->addWidget(m_label, 1);
    layout->addWidget(banner);

    m_hex = new HexView(this);
    layout->addWidget(m_hex, 1);
    if (source && source->size() > 0) {
        m_hex->setSource(std::move(source));
        if (error.offset >= 0)
            m_hex->markField(std::min(error.offset, m_hex->size() - 1), 1, true);
    } else {
        m_hex->hide();
    }
}

QString ErrorView::message() const
{
    QString text = tr("<b>%1 cannot be shown.</b>").arg(title().toHtmlEscaped());
    if (m_error.offset >= 0)
        text += QLatin1String("<br>") + tr("At offset %1 (0x%2): %3")
                                            .arg(m_error.offset)
                                            .arg(m_error.offset, 0, 16)
                                            .arg(m_error.message.toHtmlEscaped());
    else
        text += QLatin1String("<br>") + m_error.message.toHtmlEscaped();
    return text;
}

} // namespace enclave::ui
