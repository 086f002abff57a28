#include "inspector/measurementsview.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "inspector/pcrtablemodel.h"
#include "measure/nitroclijson.h"

namespace enclave::ui {

MeasurementsView::MeasurementsView(const QString &path, const Measurements &measurements, QWidget *parent)
    : DocumentView(path, parent)
    , m_measurements(measurements)
    , m_pcrModel(new PcrTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("measurementsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString html = tr("<b>%1</b> — %2, read-only")
                       .arg(QFileInfo(path).fileName().toHtmlEscaped(),
                           Measurements::sourceTypeName(m_measurements.sourceType()).toHtmlEscaped());
    if (!m_measurements.sourceDetail().isEmpty())
        html += QStringLiteral(" (%1)").arg(m_measurements.sourceDetail().toHtmlEscaped());
    for (const QString &note : m_measurements.notes())
        html += QStringLiteral("<br>• ") + note.toHtmlEscaped();
    m_summary->setText(html);
    layout->addWidget(m_summary);

    m_pcrModel->setMeasurements(&m_measurements);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("pcrTable"));
    m_table->setModel(m_pcrModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    auto *copyAll = new QPushButton(tr("Copy All as JSON"), this);
    copyAll->setObjectName(QStringLiteral("copyAllPcrs"));
    connect(copyAll, &QPushButton::clicked, this, &MeasurementsView::copyAllPcrs);
    buttons->addWidget(copyAll);
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

QString MeasurementsView::measurementsJson() const
{
    return QString::fromUtf8(NitroCliJson::buildInfo(m_measurements));
}

void MeasurementsView::copyAllPcrs()
{
    if (!m_measurements.isEmpty())
        QApplication::clipboard()->setText(measurementsJson());
}

} // namespace enclave::ui
