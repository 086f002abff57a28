#include "remote/enclavemeasurementsview.h"

#include <algorithm>

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "measure/measurementsjsonparser.h"
#include "measure/measurementsloader.h"
#include "measure/pcrdiff.h"

#include "compare/compareview.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

EnclaveMeasurementsView::EnclaveMeasurementsView(
    const QJsonObject &enclave, const QString &eifName, const QJsonObject &measurements, QWidget *parent)
    : QWidget(parent)
    , m_enclave(enclave)
    , m_eifName(eifName)
    , m_measurements(measurements)
{
    auto *title = new QLabel(this);
    title->setTextFormat(Qt::PlainText);
    title->setText(tr("Enclave %1 (%2), launched from %3")
                       .arg(enclave.value(u"EnclaveName"_s).toString(),
                           enclave.value(u"EnclaveID"_s).toString(), eifName));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *note = new QLabel(this);
    note->setObjectName(u"note"_s);
    note->setWordWrap(true);
    // nitro-cli's HashAlgorithm is a Rust debug print ("Sha384 { ... }"); Nitro PCRs are SHA-384.
    QString noteText
        = tr("These are the image's measurements (SHA-384 PCRs as the agent's describe-eif reports "
             "them). ");
    if (enclave.value(u"Flags"_s).toString() == u"DEBUG_MODE")
        noteText
            += tr("This enclave runs in debug mode: its attestation documents carry all-zero PCRs instead.");
    note->setText(noteText);

    m_model = new QStandardItemModel(0, 4, this);
    m_model->setHorizontalHeaderLabels({ tr("PCR"), tr("Enclave image"), tr("Local EIF"), tr("Match") });
    for (int i : { 0, 1, 2, 3, 4, 8 }) {
        const QString key = u"PCR%1"_s.arg(i);
        if (!measurements.contains(key))
            continue;
        QStandardItem *value = m_model->item(rowOf(i), 1);
        value->setText(measurements.value(key).toString());
        value->setData(value->text(), HexRole);
        value->setToolTip(value->text());
    }
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    // Values break into lines to fit rather than losing their middle (see fitValues()).
    m_table->viewport()->installEventFilter(this);

    m_compare = new QPushButton(tr("Compare with Local EIF…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_compare);
    auto *openCompare = new QPushButton(tr("Open in Compare View…"), this);
    buttons->addWidget(openCompare);
    connect(openCompare, &QPushButton::clicked, this, [this] {
        const QString local = m_localPath.isEmpty() ? QFileDialog::getOpenFileName(this, tr("Local EIF"),
                                  QString(), tr("Enclave images (*.eif);;All files (*)"))
                                                    : m_localPath;
        const QString mine = writeMeasurementsFile();
        if (local.isEmpty() || mine.isEmpty())
            return;
        auto *view = new CompareView;
        view->setSources(mine, local);
        view->compare();
        Q_EMIT openViewRequested(view, tr("Compare %1").arg(m_enclave.value(u"EnclaveName"_s).toString()));
    });
    buttons->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);

    connect(m_compare, &QPushButton::clicked, this, [this] { compareWith(); });
    connect(&m_watcher, &QFutureWatcher<Result<Measurements>>::finished, this,
        [this] { showResult(m_watcher.result()); });
}

EnclaveMeasurementsView::~EnclaveMeasurementsView()
{
    m_watcher.waitForFinished();
}

QString EnclaveMeasurementsView::writeMeasurementsFile() const
{
    const QString dir
        = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/enclave-measurements"_s;
    QDir().mkpath(dir);
    const QString path = dir + u'/' + m_enclave.value(u"EnclaveID"_s).toString() + u".json"_s;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(QJsonObject { { u"Measurements"_s, m_measurements } }).toJson());
    return f.commit() ? path : QString();
}

void EnclaveMeasurementsView::compareWith(const QString &given)
{
    if (m_watcher.isRunning())
        return;
    const QString path = given.isEmpty() ? QFileDialog::getOpenFileName(
                             this, tr("Local EIF"), QString(), tr("Enclave images (*.eif);;All files (*)"))
                                         : given;
    if (path.isEmpty())
        return;
    m_localPath = path;
    m_model->setHorizontalHeaderItem(2, new QStandardItem(tr("Local: %1").arg(QFileInfo(path).fileName())));
    m_summary->setText(tr("Computing the PCRs of %1…").arg(QFileInfo(path).fileName()));
    m_compare->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run([path] { return MeasurementsLoader::fromEif(path); }));
}

void EnclaveMeasurementsView::showResult(const Result<Measurements> &local)
{
    m_compare->setEnabled(true);
    if (!local) {
        m_summary->setText(tr("%1: %2").arg(QFileInfo(m_localPath).fileName(), local.error().toString()));
        Q_EMIT compared(false);
        return;
    }
    // The enclave's side as core reads nitro-cli's Measurements object (PCR8 absent = not extended),
    // judged by PcrDiff, the one comparison of PCR sets; the table shows its verdict per row.
    const auto mine = MeasurementsJsonParser::parse(
        QJsonDocument(QJsonObject { { u"Measurements"_s, m_measurements } }).toJson(QJsonDocument::Compact),
        m_eifName);
    if (!mine) {
        m_summary->setText(tr("%1: %2").arg(m_eifName, mine.error().toString()));
        Q_EMIT compared(false);
        return;
    }
    const PcrDiff diff = PcrDiff::compare(*mine, *local);
    for (const PcrDiff::Row &row : diff.rows()) {
        // A PCR only the local image has (PCR8 of a signed image) gets a row of its own.
        const int r = rowOf(row.index);
        const QString theirs = QString::fromLatin1(row.right.toHex());
        m_model->item(r, 2)->setData(theirs, HexRole);
        m_model->item(r, 2)->setToolTip(theirs);
        m_model->item(r, 2)->setFont(m_model->item(r, 1)->font());
        QStandardItem *verdict = m_model->item(r, 3);
        if (!row.compared) {
            verdict->setText(tr("not compared"));
            verdict->setForeground(QBrush());
        } else {
            const bool same = row.status == PcrDiff::Status::Equal;
            verdict->setText(same ? tr("same") : tr("DIFFERENT"));
            verdict->setForeground(same ? QColor(0x1e, 0x84, 0x49) : QColor(0xc0, 0x39, 0x2b));
        }
        verdict->setToolTip(row.note);
    }
    const QString localName = QFileInfo(m_localPath).fileName();
    if (diff.comparedCount() == 0)
        m_summary->setText(tr("No PCR could be compared with %1.").arg(localName));
    else if (diff.differentCount() == 0)
        m_summary->setText(tr("All %1 PCRs match %2.").arg(diff.comparedCount()).arg(localName));
    else
        m_summary->setText(tr("%1 of %2 PCRs differ from %3.")
                               .arg(diff.differentCount())
                               .arg(diff.comparedCount())
                               .arg(localName));
    fitValues();
    Q_EMIT compared(diff.identical());
}

int EnclaveMeasurementsView::rowOf(int index)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->item(r, 0)->data(IndexRole).toInt() == index)
            return r;
    }
    QList<QStandardItem *> items { new QStandardItem(u"PCR%1"_s.arg(index)), new QStandardItem,
        new QStandardItem, new QStandardItem };
    items[0]->setData(index, IndexRole);
    items[1]->setData(QString(), HexRole);
    items[2]->setData(QString(), HexRole);
    for (QStandardItem *item : items)
        item->setEditable(false);
    items[1]->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    items[2]->setFont(items[1]->font());
    m_model->appendRow(items);
    return m_model->rowCount() - 1;
}

bool EnclaveMeasurementsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitValues();
    return QWidget::eventFilter(watched, event);
}

void EnclaveMeasurementsView::fitValues()
{
    // One line when a 96-digit value fits its column, else 48 or 32 digits a line: every digit
    // stays visible, the row heights follow.
    const QFontMetrics fm(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int digitWidth = std::max(1, fm.horizontalAdvance(u'0'));
    const QHeaderView *header = m_table->horizontalHeader();
    const int free = m_table->viewport()->width() - header->sectionSize(0) - header->sectionSize(3);
    const int digits = (free / 2 - 12) / digitWidth;
    const int line = digits >= 96 ? 0 : digits >= 48 ? 48 : digits >= 32 ? 32 : 24;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        for (int c : { 1, 2 }) {
            QStandardItem *item = m_model->item(r, c);
            const QString hex = item->data(HexRole).toString();
            QStringList parts;
            for (qsizetype i = 0; i < hex.size(); i += (line > 0 ? line : hex.size() + 1))
                parts.append(hex.mid(i, line > 0 ? line : hex.size()));
            const QString shown = parts.join(u'\n');
            if (item->text() != shown)
                item->setText(shown);
        }
    }
}

} // namespace enclave::ui
