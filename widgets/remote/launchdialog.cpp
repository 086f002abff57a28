#include "remote/launchdialog.h"

#include <limits>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include "agent/agentclient.h"
#include "common/sizeformat.h"
#include "remote/eifuploader.h"
#include "remote/nitroerrorhints.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

namespace {
constexpr int SizeRole = Qt::UserRole + 1;
}

qint64 LaunchDialog::minimumMemoryMiB(qint64 eifBytes)
{
    if (eifBytes <= 0)
        return 0;
    constexpr qint64 MiB = 1 << 20;
    return (eifBytes * 4 + MiB - 1) / MiB;
}

LaunchDialog::LaunchDialog(agent::AgentClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setWindowTitle(tr("Launch Enclave"));
    m_image = new QComboBox(this);
    m_image->setMinimumContentsLength(28);
    m_upload = new QPushButton(tr("Upload Local EIF…"), this);
    m_upload->setToolTip(
        tr("Copy an EIF from this computer into the agent's image directory (SHA-384 checked by the agent)"));
    m_uploadProgress = new QProgressBar(this);
    m_uploadProgress->setVisible(false);
    m_cpus = new QSpinBox(this);
    m_cpus->setRange(1, 1024);
    m_cpus->setValue(2);
    m_memory = new QSpinBox(this);
    m_memory->setRange(0, 16 << 20);
    m_memory->setSingleStep(64);
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setValue(512);
    m_cid = new QSpinBox(this);
    m_cid->setRange(0, std::numeric_limits<int>::max());
    m_cid->setSpecialValueText(tr("automatic"));
    m_debug = new QCheckBox(tr("Debug mode (console readable)"), this);
    m_debugNote
        = new QLabel(tr("Attestation documents of a debug-mode enclave carry all-zero PCRs, so KMS policies "
                        "bound to PCRs will not release keys to it."),
            this);
    m_debugNote->setWordWrap(true);
    m_debugNote->setEnabled(false);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("from the EIF name"));
    m_name->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9._-]{0,128}"_s), m_name));
    m_rule = new QLabel(this);
    m_rule->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(u"launchMessage"_s);

    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(m_image, 1);
    imageRow->addWidget(m_upload);
    auto *form = new QFormLayout;
    form->addRow(tr("Image:"), imageRow);
    form->addRow(QString(), m_uploadProgress);
    form->addRow(tr("CPUs:"), m_cpus);
    form->addRow(tr("Memory:"), m_memory);
    form->addRow(QString(), m_rule);
    form->addRow(tr("CID:"), m_cid);
    form->addRow(QString(), m_debug);
    form->addRow(QString(), m_debugNote);
    form->addRow(tr("Name:"), m_name);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_launch = m_buttons->addButton(tr("Launch"), QDialogButtonBox::AcceptRole);
    m_launch->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_uploader && m_uploader->isRunning())
            m_uploader->cancel();
        reject();
    });
    connect(m_launch, &QPushButton::clicked, this, &LaunchDialog::launch);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_image, &QComboBox::currentIndexChanged, this, [this] {
        suggestMemory();
        validate();
    });
    connect(m_cpus, &QSpinBox::valueChanged, this, &LaunchDialog::validate);
    connect(m_memory, &QSpinBox::valueChanged, this, [this] {
        m_memoryTouched = true;
        validate();
    });
    connect(m_cid, &QSpinBox::valueChanged, this, &LaunchDialog::validate);
    connect(m_debug, &QCheckBox::toggled, m_debugNote, &QLabel::setEnabled);
    connect(m_upload, &QPushButton::clicked, this, [this] { uploadLocalEif(); });

    if (m_client) {
        m_uploader = new EifUploader(m_client, this);
        connect(m_uploader, &EifUploader::progress, this,
            [this](EifUploader::Phase phase, qint64 done, qint64 total) {
                m_uploadProgress->setVisible(true);
                m_uploadProgress->setFormat(phase == EifUploader::Phase::Hashing
                        ? tr("Computing SHA-384… %p%")
                        : tr("Uploading… %p%"));
                m_uploadProgress->setValue(total > 0 ? int(done * 100 / total) : 100);
            });
        connect(m_uploader, &EifUploader::finished, this, [this](const QString &name) {
            m_uploadProgress->setVisible(false);
            m_upload->setEnabled(true);
            m_message->setText(tr("Uploaded %1; the agent checked its SHA-384.").arg(name));
            Q_EMIT uploadFinished(name);
            connect(
                this, &LaunchDialog::imagesLoaded, this, [this, name] { selectImage(name); },
                Qt::SingleShotConnection);
            refreshImages();
        });
        connect(m_uploader, &EifUploader::failed, this, [this](const QString &message) {
            m_uploadProgress->setVisible(false);
            m_upload->setEnabled(true);
            m_message->setText(tr("Upload failed: %1").arg(message));
        });
        refreshImages();
        m_client->call(
            u"host.info"_s, {},
            [this](const agent::RpcResult<QJsonValue> &r) {
                if (!r)
                    return;
                const QJsonObject info = r->toObject();
                if (info.contains(u"freeMemoryMiB"_s)) {
                    setHostInfo(info);
                    return;
                }
                // The agent reports the allocator's budget; what is free is the budget minus
                // what the running enclaves hold.
                m_client->listEnclaves(
                    [this, info](const agent::RpcResult<QJsonValue> &list) {
                        QJsonObject withFree = info;
                        const QJsonObject alloc = info.value(u"allocator"_s).toObject();
                        qint64 usedMemory = 0, usedCpus = 0;
                        for (const QJsonValue &v : list ? list->toArray() : QJsonArray()) {
                            const QJsonObject e = v.toObject();
                            if (e.value(u"State"_s).toString() != u"RUNNING")
                                continue;
                            usedMemory += e.value(u"MemoryMiB"_s).toInteger();
                            usedCpus += e.value(u"NumberOfCPUs"_s).toInteger();
                        }
                        if (list && alloc.value(u"memory_mib"_s).isDouble())
                            withFree.insert(
                                u"freeMemoryMiB"_s, alloc.value(u"memory_mib"_s).toInteger() - usedMemory);
                        if (list && alloc.value(u"cpu_count"_s).isDouble())
                            withFree.insert(
                                u"freeCpus"_s, alloc.value(u"cpu_count"_s).toInteger() - usedCpus);
                        setHostInfo(withFree);
                    },
                    this);
            },
            this);
    }
    validate();
}

void LaunchDialog::refreshImages()
{
    if (!m_client)
        return;
    m_client->call(
        u"eif.list"_s, {},
        [this](const agent::RpcResult<QJsonValue> &r) {
            if (!r) {
                m_message->setText(
                    tr("Could not list the images on the parent: %1").arg(r.error().toString()));
                return;
            }
            setImages(r->toArray());
        },
        this);
}

void LaunchDialog::setImages(const QJsonArray &images)
{
    const QString previous = selectedImage();
    const QSignalBlocker block(m_image);
    m_image->clear();
    for (const QJsonValue &v : images) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(u"name"_s).toString();
        const qint64 size = o.value(u"size"_s).toInteger();
        m_image->addItem(tr("%1 (%2)").arg(name, formatSize(size)), name);
        m_image->setItemData(m_image->count() - 1, size, SizeRole);
    }
    if (!previous.isEmpty())
        m_image->setCurrentIndex(qMax(0, m_image->findData(previous)));
    suggestMemory();
    validate();
    Q_EMIT imagesLoaded();
}

void LaunchDialog::selectImage(const QString &name)
{
    const int i = m_image->findData(name);
    if (i >= 0)
        m_image->setCurrentIndex(i);
}

void LaunchDialog::setHostInfo(const QJsonObject &info)
{
    m_hostInfo = info;
    validate();
}

QString LaunchDialog::selectedImage() const
{
    return m_image->currentData().toString();
}

qint64 LaunchDialog::selectedImageSize() const
{
    return m_image->currentData(SizeRole).toLongLong();
}

void LaunchDialog::suggestMemory()
{
    // Until the operator picks a size, propose the smallest one nitro-cli accepts (64 MiB steps, >= 512).
    if (m_memoryTouched)
        return;
    const qint64 minimum = minimumMemoryMiB(selectedImageSize());
    const qint64 suggested = qMax<qint64>(512, (minimum + 63) / 64 * 64);
    const QSignalBlocker block(m_memory);
    m_memory->setValue(int(qMin<qint64>(suggested, m_memory->maximum())));
}

void LaunchDialog::validate()
{
    m_problem.clear();
    m_warning.clear();
    const qint64 size = selectedImageSize();
    const qint64 minimum = minimumMemoryMiB(size);
    if (selectedImage().isEmpty())
        m_problem = tr("Pick an image (or upload one).");
    else if (m_memory->value() < minimum)
        m_problem
            = tr("nitro-cli needs at least %1 MiB for this image (4 × its %2): it would refuse with E26.")
                  .arg(minimum)
                  .arg(formatSize(size));
    else if (m_memory->value() < 64)
        m_problem = tr("The Nitro driver needs at least 64 MiB.");
    else if (m_cid->value() > 0 && m_cid->value() < 4)
        m_problem = tr("CIDs 1-3 are reserved (3 is the parent); use 4 or more, or automatic.");
    if (!m_hostInfo.isEmpty()) {
        const qint64 freeMemory = m_hostInfo.value(u"freeMemoryMiB"_s).toInteger(-1);
        const qint64 freeCpus = m_hostInfo.value(u"freeCpus"_s).toInteger(-1);
        QStringList warnings;
        if (freeMemory >= 0 && m_memory->value() > freeMemory)
            warnings << tr("Only %1 MiB of enclave memory is free (E27 likely).").arg(freeMemory);
        if (freeCpus >= 0 && m_cpus->value() > freeCpus)
            warnings << tr("Only %1 CPUs of the pool are free (E22 likely).").arg(freeCpus);
        if (m_hostInfo.value(u"arch"_s).toString().contains(u"x86"_s) && m_cpus->value() % 2 != 0)
            warnings << tr("On x86_64 enclaves take full cores: use an even CPU count (E29 otherwise).");
        m_warning = warnings.join(u' ');
    }
    m_rule->setText(minimum > 0 ? tr("At least %1 MiB: 4 × the EIF size.").arg(minimum) : QString());
    if (!m_launching) {
        m_message->setText(!m_problem.isEmpty() ? m_problem : m_warning);
        m_message->setStyleSheet(!m_problem.isEmpty() ? u"color: #c0392b;"_s : QString());
    }
    m_launch->setEnabled(m_problem.isEmpty() && !m_launching && m_client);
}

QJsonObject LaunchDialog::request() const
{
    QJsonObject o { { u"eifPath"_s, selectedImage() }, { u"cpuCount"_s, m_cpus->value() },
        { u"memoryMiB"_s, m_memory->value() }, { u"debugMode"_s, m_debug->isChecked() } };
    if (m_cid->value() > 0)
        o.insert(u"enclaveCid"_s, m_cid->value());
    if (!m_name->text().isEmpty())
        o.insert(u"enclaveName"_s, m_name->text());
    return o;
}

void LaunchDialog::uploadLocalEif(const QString &given)
{
    if (!m_uploader || m_uploader->isRunning())
        return;
    const QString path = given.isEmpty() ? QFileDialog::getOpenFileName(
                             this, tr("Upload EIF"), QString(), tr("Enclave images (*.eif);;All files (*)"))
                                         : given;
    if (path.isEmpty())
        return;
    QString name = QFileInfo(path).fileName();
    if (!name.endsWith(u".eif"_s))
        name += u".eif"_s;
    m_upload->setEnabled(false);
    m_uploadProgress->setValue(0);
    m_uploadProgress->setVisible(true);
    m_uploadName = name;
    m_uploader->start(path, name);
}

bool LaunchDialog::isUploading() const
{
    return m_uploader && m_uploader->isRunning();
}

void LaunchDialog::launch()
{
    validate();
    if (!m_problem.isEmpty() || !m_client || m_launching)
        return;
    m_launching = true;
    m_launch->setEnabled(false);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Launching… (nitro-cli waits for the enclave's heartbeat)"));
    const QString eif = selectedImage();
    m_client->runEnclave(
        request(),
        [this, eif](const agent::RpcResult<QJsonValue> &r) {
            m_launching = false;
            if (!r) {
                m_lastError = NitroErrorHints::explain(r.error());
                m_message->setText(m_lastError);
                m_message->setStyleSheet(u"color: #c0392b;"_s);
                m_launch->setEnabled(true);
                Q_EMIT launchFailed(m_lastError);
                return;
            }
            m_result = r->toObject();
            Q_EMIT launched(m_result, eif);
            accept();
        },
        this);
}

} // namespace enclave::ui
