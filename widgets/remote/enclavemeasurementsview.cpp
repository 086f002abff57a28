#include "remote/enclavemeasurementsview.h"

#include <QDir>
#include <QFileDialog>
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
    note->setWordWrap(true);
    QString noteText = tr("These are the image's measurements (%1). ")
                           .arg(measurements.value(u"HashAlgorithm"_s).toString());
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
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setWordWrap(false);

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
    m_summary->setText(tr("Computing the PCRs of %1…").arg(path));
    m_compare->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run([path] { return MeasurementsLoader::fromEif(path); }));
}

void EnclaveMeasurementsView::showResult(const Result<Measurements> &local)
{
    m_compare->setEnabled(true);
    if (!local) {
        m_summary->setText(tr("%1: %2").arg(m_localPath, local.error().toString()));
        Q_EMIT compared(false);
        return;
    }
    int same = 0, differ = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const int index = m_model->item(r, 0)->text().mid(3).toInt();
        const QByteArray mine = QByteArray::fromHex(m_model->item(r, 1)->text().toLatin1());
        QByteArray theirs = local->value(index);
        if (theirs.isEmpty() && local->impliedZero().contains(index))
            theirs = QByteArray(48, '\0');
        m_model->item(r, 2)->setText(QString::fromLatin1(theirs.toHex()));
        m_model->item(r, 2)->setFont(m_model->item(r, 1)->font());
        const bool match = !theirs.isEmpty() && theirs == mine;
        m_model->item(r, 3)->setText(match ? tr("same") : tr("DIFFERENT"));
        m_model->item(r, 3)->setForeground(match ? QColor(0x1e, 0x84, 0x49) : QColor(0xc0, 0x39, 0x2b));
        (match ? same : differ)++;
    }
    m_summary->setText(differ == 0
            ? tr("All %1 PCRs match %2.").arg(same).arg(m_localPath)
            : tr("%1 of %2 PCRs differ from %3.").arg(differ).arg(same + differ).arg(m_localPath));
    Q_EMIT compared(differ == 0 && same > 0);
}

} // namespace enclave::ui
