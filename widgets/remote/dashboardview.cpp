#include "remote/dashboardview.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include "agent/agentclient.h"
#include "attestation/attestationdocument.h"
#include "attestation/simulatorattestation.h"
#include "common/atomicfilewriter.h"
#include "inspector/attestationview.h"
#include "inspector/bufferbytesource.h"
#include "measure/measurementsjsonparser.h"
#include "remote/attestationendpointdialog.h"
#include "remote/connectionerrorhint.h"
#include "remote/consoleview.h"
#include "remote/enclaveattestor.h"
#include "remote/enclavemeasurementsview.h"
#include "remote/enclavetablemodel.h"
#include "remote/healthcheckdialog.h"
#include "remote/launchdialog.h"
#include "remote/nitroerrorhints.h"
#include "tools/posturereportpage.h"

using namespace Qt::StringLiterals;

namespace enclave::ui {

using agent::AgentClient;

DashboardView::DashboardView(const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
{
    if (auto e = profile.endpoint())
        m_endpoint = *e;
    else
        m_endpointError = e.error().message;
    build();
}

DashboardView::DashboardView(
    const ConnectionProfile &profile, const agent::AgentEndpoint &endpoint, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_endpoint(endpoint)
{
    build();
}

DashboardView::~DashboardView()
{
    // Consoles live in other tabs; they outlive us only as views with nothing more to show.
    for (const auto &c : std::as_const(m_consoles))
        if (c)
            c->appendNotice(tr("dashboard closed; this console no longer follows the enclave"));
}

void DashboardView::build()
{
    m_client = new AgentClient(this);
    m_client->setEndpoint(m_endpoint);
    // Keep trying for a long time (backoff capped at 15 s): a parent instance that reboots comes back.
    m_client->setReconnectPolicy(1000, 500, 15000);
    m_model = new EnclaveTableModel(this);
    m_attestor = new EnclaveAttestor(m_client, this);
    m_attestor->setIntervalSeconds(QSettings().value(settingsKey() + u"/attestationIntervalS"_s, 0).toInt());
    connect(m_attestor, &EnclaveAttestor::changed, this, &DashboardView::updateAttestation);
    connect(m_attestor, &EnclaveAttestor::reattestDue, this, &DashboardView::attestAllRunning);

    m_state = new QLabel(this);
    m_state->setTextFormat(Qt::RichText);
    m_state->setObjectName(u"connectionState"_s);
    m_reconnect = new QPushButton(tr("Reconnect"), this);
    m_reconnect->setVisible(false);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(u"dashboardMessage"_s);

    m_cpuBar = new QProgressBar(this);
    m_cpuBar->setFormat(tr("CPUs: %v of %m used"));
    m_cpuBar->setRange(0, 1);
    m_cpuBar->setValue(0);
    m_memoryBar = new QProgressBar(this);
    m_memoryBar->setFormat(tr("Memory: %v of %m MiB used"));
    m_memoryBar->setRange(0, 1);
    m_memoryBar->setValue(0);
    m_running = new QLabel(this);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_launchAction = toolbar->addAction(tr("Launch…"), this, &DashboardView::openLaunchDialog);
    m_terminateAction = toolbar->addAction(tr("Terminate…"), this, [this] { terminateEnclave(); });
    toolbar->addSeparator();
    m_consoleAction = toolbar->addAction(tr("Console"), this, [this] { openConsole(); });
    m_healthAction = toolbar->addAction(tr("Health Check…"), this, [this] { openHealthCheck(); });
    m_measureAction = toolbar->addAction(tr("Measurements"), this, [this] { showMeasurements(); });
    m_attestAction = toolbar->addAction(tr("Attest Now"), this, [this] { attestNow(); });
    m_attestAction->setToolTip(
        tr("Ask the enclave for a fresh attestation document and check it against its image"));
    m_postureAction = new QAction(tr("Posture Report…"), this);
    m_postureAction->setToolTip(tr("Security posture report with the enclave's fresh attestation document"));
    connect(m_postureAction, &QAction::triggered, this, [this] { openPostureReport(); });
    m_attestSettingsAction = new QAction(tr("Attestation Endpoint…"), this);
    connect(m_attestSettingsAction, &QAction::triggered, this, [this] { openAttestationSettings(); });
    toolbar->addSeparator();
    m_clearAction = toolbar->addAction(tr("Clear Exited"), m_model, &EnclaveTableModel::removeExited);
    toolbar->addAction(tr("Refresh"), this, &DashboardView::refresh);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setObjectName(u"enclaveTable"_s);

    m_emptyState = new QWidget(this);
    auto *emptyLayout = new QHBoxLayout(m_emptyState);
    auto *emptyText = new QLabel(tr("No enclaves on this host yet."), m_emptyState);
    emptyLayout->addWidget(emptyText);
    if (m_profile.isLocalSimulator()) {
        auto *sample = new QPushButton(tr("Launch the Sample Enclave"), m_emptyState);
        sample->setToolTip(
            tr("Runs the sample EIF in the simulator in debug mode, so its console can be followed"));
        emptyLayout->addWidget(sample);
        connect(sample, &QPushButton::clicked, this, &DashboardView::launchSample);
    }
    emptyLayout->addStretch(1);
    m_emptyState->setVisible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_reconnect);
    // The capacity bars appear once the host reported its budget; until then (connecting, or
    // no connection) one line says what is going on instead of empty bars.
    m_capacity = new QWidget(this);
    m_capacity->setVisible(false);
    m_connecting = new QLabel(this);
    m_connecting->setObjectName(u"dashboardConnecting"_s);
    auto *capacity = new QHBoxLayout(m_capacity);
    capacity->setContentsMargins(0, 0, 0, 0);
    capacity->addWidget(m_cpuBar, 1);
    capacity->addWidget(m_memoryBar, 1);
    capacity->addWidget(m_running);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_capacity);
    layout->addWidget(m_connecting);
    layout->addWidget(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_emptyState);
    layout->addWidget(m_table, 1);

    connect(m_client, &AgentClient::stateChanged, this, &DashboardView::onStateChanged);
    connect(m_client, &AgentClient::connected, this, [this] {
        m_hint->setVisible(false);
        refresh();
    });
    connect(m_client, &AgentClient::disconnected, this, [this](const QString &reason, bool) {
        const QString hint = ConnectionErrorHint::explain(reason, m_profile.host);
        m_hint->setText(hint.isEmpty() ? reason : reason + u"\n"_s + hint);
        m_hint->setStyleSheet(u"color: #c0392b;"_s);
        m_hint->setVisible(true);
        onStateChanged();
    });
    // Any agent notification may mean the list changed (a console closing means its enclave ended).
    connect(m_client, &AgentClient::notificationReceived, this, [this] { refresh(); });
    connect(m_client, &AgentClient::consoleClosed, this, [this] { refresh(); });
    connect(m_reconnect, &QPushButton::clicked, this, &DashboardView::connectToAgent);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == EnclaveTableModel::Attestation) {
            const auto *st = m_attestor->state(m_model->enclaveId(index.row()));
            if (st && !st->document.isEmpty())
                openAttestationDocument(m_model->enclaveId(index.row()));
            else
                attestNow(m_model->enclaveId(index.row()));
            return;
        }
        const QJsonObject rec = m_model->record(index.row());
        if (rec.value(u"Flags"_s).toString() == u"DEBUG_MODE")
            openConsole(m_model->enclaveId(index.row()));
        else
            showMeasurements(m_model->enclaveId(index.row()));
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_table->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(m_consoleAction);
        menu.addAction(m_healthAction);
        menu.addAction(m_measureAction);
        menu.addAction(m_attestAction);
        menu.addAction(m_postureAction);
        menu.addAction(m_attestSettingsAction);
        menu.addSeparator();
        menu.addAction(m_terminateAction);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DashboardView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DashboardView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DashboardView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DashboardView::updateActions);

    m_poll.setInterval(PollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &DashboardView::refresh);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_model->tick();
        for (const QString &id : m_model->enclaveIds())
            updateAttestation(id); // "verified 12 s ago" ages
    });
    m_poll.start();
    m_tick.start();
    onStateChanged();
    updateActions();
    if (!m_endpointError.isEmpty()) {
        m_hint->setText(m_endpointError);
        m_hint->setStyleSheet(u"color: #c0392b;"_s);
        m_hint->setVisible(true);
    } else {
        connectToAgent();
    }
}

QString DashboardView::settingsKey() const
{
    return u"operators/"_s + (m_profile.id.isEmpty() ? u"adhoc"_s : m_profile.id);
}

void DashboardView::connectToAgent()
{
    if (!m_endpointError.isEmpty())
        return;
    m_client->connectToAgent();
    onStateChanged();
}

void DashboardView::onStateChanged()
{
    const QString where = m_profile.displayName().toHtmlEscaped();
    QString text;
    QString color;
    switch (m_client->state()) {
    case AgentClient::State::Connected: {
        const QJsonObject hello = m_client->helloInfo();
        color = u"#1e8449"_s;
        text = tr("Connected to %1: host %2, %3 backend, agent %4")
                   .arg(where, hello.value(u"hostname"_s).toString().toHtmlEscaped(),
                       hello.value(u"backend"_s).toString().toHtmlEscaped(),
                       hello.value(u"agent"_s).toObject().value(u"version"_s).toString().toHtmlEscaped());
        break;
    }
    case AgentClient::State::Connecting:
        color = u"#b9770e"_s;
        text = tr("Connecting to %1…").arg(where);
        break;
    case AgentClient::State::Reconnecting:
        color = u"#b9770e"_s;
        text = tr("Connection to %1 lost; reconnecting…").arg(where);
        break;
    case AgentClient::State::Disconnected:
        color = u"#c0392b"_s;
        text = tr("Not connected to %1").arg(where);
        break;
    }
    m_state->setText(u"<span style=\"color:%1\">&#9679;</span> %2"_s.arg(color, text));
    const bool haveCapacity = m_client->state() == AgentClient::State::Connected && !m_hostInfo.isEmpty();
    m_capacity->setVisible(haveCapacity);
    m_connecting->setVisible(!haveCapacity);
    if (m_client->state() == AgentClient::State::Connected)
        m_connecting->setText(tr("Reading the host's capacity…"));
    else if (m_client->state() == AgentClient::State::Disconnected)
        m_connecting->setText(tr("Not connected."));
    else
        m_connecting->setText(tr("Connecting to %1…").arg(m_profile.displayName()));
    m_reconnect->setVisible(
        m_client->state() == AgentClient::State::Disconnected && m_endpointError.isEmpty());
    m_launchAction->setEnabled(m_client->state() == AgentClient::State::Connected);
    updateActions();
}

void DashboardView::refresh()
{
    if (m_client->state() != AgentClient::State::Connected)
        return;
    if (!m_listPending) {
        m_listPending = true;
        m_client->listEnclaves(
            [this](const agent::RpcResult<QJsonValue> &r) {
                m_listPending = false;
                if (!r) {
                    if (r.error().code != agent::RpcError::ConnectionLost)
                        showMessage(
                            tr("Listing enclaves failed: %1").arg(NitroErrorHints::explain(r.error())), true);
                    return;
                }
                onListed(r->toArray());
            },
            this);
    }
    if (!m_infoPending) {
        m_infoPending = true;
        m_client->call(
            u"host.info"_s, {},
            [this](const agent::RpcResult<QJsonValue> &r) {
                m_infoPending = false;
                if (r)
                    onHostInfo(r->toObject());
            },
            this);
    }
}

void DashboardView::onListed(const QJsonArray &list)
{
    m_model->update(list);
    for (const QString &id : m_model->enclaveIds()) {
        const int row = m_model->rowOf(id);
        const QString eif = imageOf(id, m_model->record(row));
        if (eif.isEmpty())
            continue;
        m_model->setImage(id, eif);
        if (m_imageMeasurements.contains(eif))
            m_model->setMeasurements(id, m_imageMeasurements.value(eif));
        else
            describeImage(eif);
    }
    m_listedOnce = true;
    m_emptyState->setVisible(m_model->rowCount() == 0);
    updateCapacity();
    Q_EMIT refreshed();
}

void DashboardView::onHostInfo(const QJsonObject &info)
{
    m_hostInfo = info;
    m_capacity->setVisible(true);
    m_connecting->setVisible(false);
    updateCapacity();
}

void DashboardView::updateCapacity()
{
    if (m_hostInfo.isEmpty())
        return;
    // The budget is the allocator's (allocator.yaml: memory_mib, cpu_count or a cpu_pool list);
    // what is used is what the running enclaves hold, from the enclave list.
    const QJsonObject alloc = m_hostInfo.value(u"allocator"_s).toObject();
    qint64 cpus = alloc.value(u"cpu_count"_s).toInteger();
    if (cpus == 0 && alloc.value(u"cpu_pool"_s).isString()) {
        for (const QString &part : alloc.value(u"cpu_pool"_s).toString().split(u',', Qt::SkipEmptyParts)) {
            const QStringList range = part.trimmed().split(u'-');
            const qint64 first = range.value(0).toLongLong();
            const qint64 last = range.size() == 2 ? range.value(1).toLongLong() : first;
            cpus += qBound(qint64(0), last - first + 1, qint64(1024));
        }
    } else if (cpus == 0) {
        cpus = alloc.value(u"cpu_pool"_s).toInteger() > 0 ? 1 : 0;
    }
    const qint64 memory = alloc.value(u"memory_mib"_s).toInteger();
    qint64 usedCpus = 0, usedMemory = 0, running = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->isRunning(row))
            continue;
        const QJsonObject r = m_model->record(row);
        ++running;
        usedCpus += r.value(u"NumberOfCPUs"_s).toInteger();
        usedMemory += r.value(u"MemoryMiB"_s).toInteger();
    }
    m_cpuBar->setRange(0, int(qMax<qint64>(1, cpus)));
    m_cpuBar->setValue(int(qBound<qint64>(0, usedCpus, cpus)));
    m_memoryBar->setRange(0, int(qMax<qint64>(1, memory)));
    m_memoryBar->setValue(int(qBound<qint64>(0, usedMemory, memory)));
    m_cpuBar->setToolTip(
        tr("%1 of %2 enclave CPUs free (allocator pool)").arg(qMax<qint64>(0, cpus - usedCpus)).arg(cpus));
    m_memoryBar->setToolTip(tr("%1 of %2 MiB enclave memory free (allocator hugepages)")
                                .arg(qMax<qint64>(0, memory - usedMemory))
                                .arg(memory));
    m_running->setText(tr("%n running", nullptr, int(running)));
}

void DashboardView::rememberImage(const QString &enclaveId, const QString &eifName)
{
    QSettings s;
    s.beginGroup(settingsKey() + u"/images"_s);
    // Bounded: forget the oldest entries beyond 200.
    const QStringList keys = s.childKeys();
    if (keys.size() >= 200)
        for (qsizetype i = 0; i < keys.size() - 199; ++i)
            s.remove(keys.at(i));
    s.setValue(enclaveId, eifName);
    s.endGroup();
    m_model->setImage(enclaveId, eifName);
}

QString DashboardView::imageOf(const QString &enclaveId, const QJsonObject &record) const
{
    // An agent that reports the image wins; else what we remember launching.
    for (const QString &key : { u"EifName"_s, u"EifPath"_s }) {
        const QString v = record.value(key).toString();
        if (!v.isEmpty())
            return QFileInfo(v).fileName();
    }
    QSettings s;
    return s.value(settingsKey() + u"/images/"_s + enclaveId).toString();
}

void DashboardView::describeImage(const QString &eifName)
{
    if (m_describing.contains(eifName))
        return;
    m_describing.insert(eifName);
    m_client->call(
        u"eif.describe"_s, QJsonObject { { u"name"_s, eifName } },
        [this, eifName](const agent::RpcResult<QJsonValue> &r) {
            if (!r) {
                if (r.error().code == agent::RpcError::ConnectionLost)
                    m_describing.remove(eifName); // try again after reconnecting
                return;
            }
            const QJsonObject m = r->toObject().value(u"Measurements"_s).toObject();
            if (m.isEmpty())
                return;
            m_imageMeasurements.insert(eifName, m);
            for (const QString &id : m_model->enclaveIds())
                if (m_model->eifName(m_model->rowOf(id)) == eifName)
                    m_model->setMeasurements(id, m);
        },
        this);
}

QString DashboardView::consoleUnavailableReason()
{
    return tr("This enclave was not launched in debug mode, so its console stays closed: nothing it prints "
              "leaves the enclave. To watch its output, launch it again with \"Debug mode\" ticked (its "
              "attestation documents then carry all-zero PCRs, so use that only while developing).");
}

void DashboardView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c0392b;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

ConsoleView *DashboardView::consoleFor(const QString &enclaveId) const
{
    return m_consoles.value(enclaveId);
}

QString DashboardView::selectedEnclaveId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->enclaveId(rows.first().row());
}

void DashboardView::selectEnclave(const QString &enclaveId)
{
    const int row = m_model->rowOf(enclaveId);
    if (row >= 0)
        m_table->selectRow(row);
}

void DashboardView::updateActions()
{
    const int row = m_model->rowOf(selectedEnclaveId());
    const bool connected = m_client->state() == AgentClient::State::Connected;
    const bool running = row >= 0 && m_model->isRunning(row);
    m_terminateAction->setEnabled(connected && running);
    // Only a debug-mode enclave has a console to read (see consoleUnavailableReason()).
    const bool debug = row >= 0 && m_model->record(row).value(u"Flags"_s).toString() == u"DEBUG_MODE";
    m_consoleAction->setEnabled(connected && debug);
    m_consoleAction->setToolTip(
        row >= 0 && !debug ? consoleUnavailableReason() : tr("Follow the enclave's console"));
    m_healthAction->setEnabled(connected && running);
    m_measureAction->setEnabled(row >= 0);
    m_attestAction->setEnabled(connected && running);
    m_attestSettingsAction->setEnabled(row >= 0);
    const auto *st = row >= 0 ? m_attestor->state(selectedEnclaveId()) : nullptr;
    m_postureAction->setEnabled(st && !st->document.isEmpty());
}

LaunchDialog *DashboardView::openLaunchDialog()
{
    auto *dialog = new LaunchDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LaunchDialog::launched, this, [this](const QJsonObject &result, const QString &eif) {
        const QString id = result.value(u"EnclaveID"_s).toString();
        showMessage(tr("Launched %1 (%2) with CID %3.")
                        .arg(result.value(u"EnclaveName"_s).toString(), id)
                        .arg(result.value(u"EnclaveCID"_s).toInteger()),
            false);
        refresh();
        connect(
            this, &DashboardView::refreshed, this,
            [this, id, eif] {
                rememberImage(id, eif);
                selectEnclave(id);
                describeImage(eif);
            },
            Qt::SingleShotConnection);
        Q_EMIT launched(id);
    });
    dialog->open();
    return dialog;
}

void DashboardView::launchSample()
{
    m_client->call(
        u"eif.list"_s, {},
        [this](const agent::RpcResult<QJsonValue> &r) {
            qint64 size = -1;
            if (r)
                for (const QJsonValue &v : r->toArray())
                    if (v.toObject().value(u"name"_s).toString() == u"sample.eif")
                        size = v.toObject().value(u"size"_s).toInteger();
            if (size < 0) {
                showMessage(
                    tr("The simulator has no sample.eif in its image directory; use Launch… to upload one."),
                    true);
                return;
            }
            const qint64 memory = qMax<qint64>(512, (LaunchDialog::minimumMemoryMiB(size) + 63) / 64 * 64);
            m_client->runEnclave(
                QJsonObject { { u"eifPath"_s, u"sample.eif"_s }, { u"cpuCount"_s, 2 },
                    { u"memoryMiB"_s, memory }, { u"debugMode"_s, true }, { u"enclaveName"_s, u"sample"_s } },
                [this](const agent::RpcResult<QJsonValue> &run) {
                    if (!run) {
                        showMessage(NitroErrorHints::explain(run.error()), true);
                        return;
                    }
                    const QString id = run->toObject().value(u"EnclaveID"_s).toString();
                    connect(
                        this, &DashboardView::refreshed, this,
                        [this, id] {
                            rememberImage(id, u"sample.eif"_s);
                            describeImage(u"sample.eif"_s);
                            selectEnclave(id);
                        },
                        Qt::SingleShotConnection);
                    refresh();
                    Q_EMIT launched(id);
                },
                this);
        },
        this);
}

void DashboardView::terminateEnclave(const QString &given)
{
    const QString id = given.isEmpty() ? selectedEnclaveId() : given;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QString name = m_model->record(row).value(u"EnclaveName"_s).toString();
    if (m_confirmTerminate) {
        const auto answer = QMessageBox::question(this, tr("Terminate Enclave"),
            tr("Terminate enclave %1 (%2)?\n\nIts memory is wiped and whatever runs inside stops at once.")
                .arg(name, id),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_client->terminateEnclave(
        id,
        [this, id, name](const agent::RpcResult<QJsonValue> &r) {
            if (!r) {
                showMessage(
                    tr("Terminating %1 failed: %2").arg(name, NitroErrorHints::explain(r.error())), true);
                Q_EMIT terminated(id, false);
                return;
            }
            showMessage(tr("Terminated %1.").arg(name), false);
            refresh();
            Q_EMIT terminated(id, true);
        },
        this);
}

ConsoleView *DashboardView::openConsole(const QString &given)
{
    const QString id = given.isEmpty() ? selectedEnclaveId() : given;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return nullptr;
    const QString name = m_model->record(row).value(u"EnclaveName"_s).toString();
    if (m_model->record(row).value(u"Flags"_s).toString() != u"DEBUG_MODE") {
        showMessage(consoleUnavailableReason(), true);
        return nullptr;
    }
    if (ConsoleView *existing = m_consoles.value(id); existing && !existing->isClosed()) {
        Q_EMIT openViewRequested(existing, tr("Console: %1").arg(name));
        return existing;
    }
    auto *view = new ConsoleView;
    view->attach(m_client, id);
    m_consoles.insert(id, view);
    Q_EMIT openViewRequested(view, tr("Console: %1").arg(name));
    return view;
}

void DashboardView::openHealthCheck(const QString &given)
{
    const QString id = given.isEmpty() ? selectedEnclaveId() : given;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    auto *dialog = new HealthCheckDialog(
        m_client, quint32(m_model->record(row).value(u"EnclaveCID"_s).toInteger()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DashboardView::showMeasurements(const QString &given)
{
    const QString id = given.isEmpty() ? selectedEnclaveId() : given;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QJsonObject measurements
        = m_model->index(row, 0).data(EnclaveTableModel::MeasurementsRole).toJsonObject();
    const QString eif = m_model->eifName(row);
    if (measurements.isEmpty()) {
        showMessage(eif.isEmpty()
                ? tr("The agent does not say which image this enclave runs (it was not launched from this "
                     "app), so its measurements are unknown here.")
                : tr("The agent did not report measurements for %1.").arg(eif),
            true);
        return;
    }
    auto *view = new EnclaveMeasurementsView(m_model->record(row), eif, measurements);
    connect(view, &EnclaveMeasurementsView::openViewRequested, this, &DashboardView::openViewRequested);
    Q_EMIT openViewRequested(
        view, tr("Measurements: %1").arg(m_model->record(row).value(u"EnclaveName"_s).toString()));
}

namespace {

// The image an enclave runs, as a measurement source: describe-enclaves' own Measurements when the
// agent's list has them, else the describe-eif PCRs of the image we launched it from.
Measurements imageMeasurements(
    const QJsonObject &record, const QJsonObject &describeEif, const QString &eifName)
{
    QJsonObject source;
    if (record.contains(u"Measurements"_s))
        source = record;
    else if (!describeEif.isEmpty())
        source = QJsonObject { { u"Measurements"_s, describeEif } };
    else
        return {};
    auto parsed = MeasurementsJsonParser::parse(
        QJsonDocument(source).toJson(), eifName.isEmpty() ? u"describe-enclaves"_s : eifName);
    return parsed ? *parsed : Measurements();
}

} // namespace

void DashboardView::attestNow(const QString &given)
{
    const QString id = given.isEmpty() ? selectedEnclaveId() : given;
    const int row = m_model->rowOf(id);
    if (row < 0 || !m_model->isRunning(row))
        return;
    const qsizetype simulate = m_endpoint.localArguments.indexOf(u"--simulate"_s);
    if (m_endpoint.kind == agent::AgentEndpoint::Kind::Local && simulate >= 0
        && simulate + 1 < m_endpoint.localArguments.size()) {
        // The simulator's own PKI: trusted for this local connection only, and every result says SIMULATED.
        const QString stateDir = m_endpoint.localArguments.at(simulate + 1);
        QFile pem(SimulatorAttestationPki::rootPemPath(stateDir + u"/pki"_s));
        std::optional<X509Certificate> root;
        if (pem.open(QIODevice::ReadOnly))
            if (auto cert = X509Certificate::fromPem(pem.read(64 * 1024)))
                root = *cert;
        m_attestor->setTrustedRoot(root);
    }
    const QJsonObject record = m_model->record(row);
    const QString eif = m_model->eifName(row);
    m_attestor->attest(id, quint32(record.value(u"EnclaveCID"_s).toInteger()), eif,
        imageMeasurements(
            record, m_model->index(row, 0).data(EnclaveTableModel::MeasurementsRole).toJsonObject(), eif));
}

void DashboardView::attestAllRunning()
{
    if (m_client->state() != AgentClient::State::Connected)
        return;
    for (const QString &id : m_model->enclaveIds())
        if (m_model->isRunning(m_model->rowOf(id)))
            attestNow(id);
}

void DashboardView::openAttestationSettings(const QString &given)
{
    const QString id = given.isEmpty() ? selectedEnclaveId() : given;
    const int row = m_model->rowOf(id);
    const QString eif = row >= 0 ? m_model->eifName(row) : QString();
    auto *dialog = new AttestationEndpointDialog(
        eif, EnclaveAttestor::endpointForImage(eif), m_attestor->intervalSeconds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, eif] {
        EnclaveAttestor::rememberEndpoint(eif, dialog->endpoint());
        m_attestor->setIntervalSeconds(dialog->intervalSeconds());
        QSettings().setValue(settingsKey() + u"/attestationIntervalS"_s, dialog->intervalSeconds());
    });
    dialog->open();
}

void DashboardView::openAttestationDocument(const QString &given)
{
    const QString id = given.isEmpty() ? selectedEnclaveId() : given;
    const auto *st = m_attestor->state(id);
    if (!st || st->document.isEmpty() || !st->result || !st->result->document)
        return;
    auto *view = new AttestationView(tr("live attestation of %1").arg(id), *st->result->document,
        std::make_shared<BufferByteSource>(st->document));
    if (auto root = m_attestor->trustedRoot(); root && st->result->simulated)
        view->setTrustedRoot(*root);
    Measurements expected;
    const int row = m_model->rowOf(id);
    // Debug-mode PCRs are zero by design: comparing them with the image would only say "mismatch".
    if (row >= 0 && st->result->status != agent::LiveAttestationResult::Status::DebugMode) {
        expected = imageMeasurements(m_model->record(row),
            m_model->index(row, 0).data(EnclaveTableModel::MeasurementsRole).toJsonObject(),
            m_model->eifName(row));
    }
    if (!expected.isEmpty())
        view->setExpectedPcrs(expected);
    Q_EMIT openViewRequested(
        view, tr("Attestation: %1").arg(m_model->record(row).value(u"EnclaveName"_s).toString()));
}

void DashboardView::openPostureReport(const QString &given)
{
    const QString id = given.isEmpty() ? selectedEnclaveId() : given;
    const auto *st = m_attestor->state(id);
    const int row = m_model->rowOf(id);
    if (!st || st->document.isEmpty() || row < 0)
        return;
    // The document goes to a file of its own (never over another) so the report can name it.
    const QString dir
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/attestations"_s;
    QDir().mkpath(dir);
    const QString path = dir + u"/%1-%2.cbor"_s.arg(id, st->finishedAt.toString(u"yyyyMMddTHHmmsszzzZ"_s));
    if (auto saved
        = AtomicFileWriter::writeFile(path, st->document, 0644, AtomicFileWriter::Commit::NoClobber);
        !saved) {
        showMessage(tr("Cannot keep the attestation document: %1").arg(saved.error().message), true);
        return;
    }
    // The image: on the local simulator it is on this machine; for a remote host the user picks
    // the local copy they reviewed.
    QString eif;
    const qsizetype simulate = m_endpoint.localArguments.indexOf(u"--simulate"_s);
    if (m_endpoint.kind == agent::AgentEndpoint::Kind::Local && simulate >= 0
        && simulate + 1 < m_endpoint.localArguments.size()) {
        const QString candidate
            = m_endpoint.localArguments.at(simulate + 1) + u"/images/"_s + m_model->eifName(row);
        if (!m_model->eifName(row).isEmpty() && QFileInfo(candidate).isFile())
            eif = candidate;
    }
    auto *page = new PostureReportPage;
    page->setInputs(eif);
    page->setLiveAttestation(path,
        PostureInputs::Freshness {
            st->nonce, st->endpoint.carriesNonce(), st->maxAgeSeconds, st->finishedAt });
    Q_EMIT openViewRequested(
        page, tr("Posture: %1").arg(m_model->record(row).value(u"EnclaveName"_s).toString()));
    if (!eif.isEmpty())
        page->assess();
}

void DashboardView::updateAttestation(const QString &enclaveId)
{
    const auto *st = m_attestor->state(enclaveId);
    if (!st)
        return;
    QString details;
    if (st->result) {
        QStringList lines { st->result->summary() };
        if (st->result->document)
            lines << tr("Document of %1, nonce %2")
                         .arg(st->result->document->timestamp().toString(Qt::ISODate),
                             st->result->nonceCarried ? tr("checked") : tr("not carried by this endpoint"));
        lines << tr("Double-click to open the document.");
        details = lines.join(u'\n');
    } else if (!st->fetchError.isEmpty()) {
        details = st->fetchError;
    }
    m_model->setAttestation(
        enclaveId, m_attestor->statusText(enclaveId), details, m_attestor->severity(enclaveId));
    if (enclaveId == selectedEnclaveId())
        updateActions();
}

QStringList DashboardView::pendingLoss() const
{
    QStringList out;
    for (const LaunchDialog *dialog : findChildren<LaunchDialog *>()) {
        if (dialog->isUploading())
            out << tr("the upload of %1 to the agent").arg(dialog->uploadName());
    }
    return out;
}

} // namespace enclave::ui
