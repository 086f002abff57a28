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

#include "measure/measurementsloader.h"

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
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int i : { 0, 1, 2, 3, 4, 8 }) {
        const QString key = u"PCR%1"_s.arg(i);
        if (!measurements.contains(key))
            continue;
        auto *name = new QStandardItem(key);
        auto *value = new QStandardItem(measurements.value(key).toString());
        value->setData(value->text(), HexRole);
        value->setFont(mono);
        value->setToolTip(value->text());
        m_model->appendRow({ name, value, new QStandardItem, new QStandardItem });
    }
    for (int r = 0; r < m_model->rowCount(); ++r)
        for (int c = 0; c < 4; ++c)
            m_model->item(r, c)->setEditable(false);
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
    const QString localName = QFileInfo(m_localPath).fileName();
    if (!local) {
        m_summary->setText(tr("%1: %2").arg(localName, local.error().toString()));
        Q_EMIT compared(false);
        return;
    }
    int same = 0, differ = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const int index = m_model->item(r, 0)->text().mid(3).toInt();
        const QByteArray mine = QByteArray::fromHex(m_model->item(r, 1)->data(HexRole).toString().toLatin1());
        QByteArray theirs = local->value(index);
        if (theirs.isEmpty() && local->impliedZero().contains(index))
            theirs = QByteArray(48, '\0');
        m_model->item(r, 2)->setData(QString::fromLatin1(theirs.toHex()), HexRole);
        m_model->item(r, 2)->setToolTip(QString::fromLatin1(theirs.toHex()));
        m_model->item(r, 2)->setFont(m_model->item(r, 1)->font());
        const bool match = !theirs.isEmpty() && theirs == mine;
        m_model->item(r, 3)->setText(match ? tr("same") : tr("DIFFERENT"));
        m_model->item(r, 3)->setForeground(match ? QColor(0x1e, 0x84, 0x49) : QColor(0xc0, 0x39, 0x2b));
        (match ? same : differ)++;
    }
    m_summary->setText(differ == 0
            ? tr("All %1 PCRs match %2.").arg(same).arg(localName)
            : tr("%1 of %2 PCRs differ from %3.").arg(differ).arg(same + differ).arg(localName));
    fitValues();
    Q_EMIT compared(differ == 0 && same > 0);
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
