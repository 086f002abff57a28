#include "agent/consolecapture.h"

#include <cstdio>

#include "agent/nitroclioutput.h"

namespace enclave::agent {

ConsoleCapture::ConsoleCapture(
    const QString &stateDir, const QString &enclaveId, const QString &nitroCli, QObject *parent)
    : QObject(parent)
    , m_store(stateDir)
    , m_id(enclaveId)
    , m_nitroCli(nitroCli)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ConsoleCapture::onOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray b = m_process.readAllStandardError();
        if (m_stderr.size() < 65536)
            m_stderr += b.left(65536 - m_stderr.size());
    });
    connect(
        &m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) { onFinished(code); });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            m_stderr += QByteArrayLiteral("cannot start nitro-cli");
            onFinished(-1);
        }
    });
}

void ConsoleCapture::start()
{
    (void)m_store.snapshot(); // creates the state directories
    auto log = ConsoleLog::open(m_store.consolePath(m_id));
    if (!log) {
        std::fprintf(stderr, "enclave-agent: %s\n", qPrintable(log.error().message));
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(1); }, Qt::QueuedConnection);
        return;
    }
    m_log.emplace(std::move(*log));
    m_process.setProgram(m_nitroCli);
    m_process.setArguments({ QStringLiteral("console"), QStringLiteral("--enclave-id"), m_id });
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.start();
}

void ConsoleCapture::onOutput()
{
    QByteArray bytes = m_process.readAllStandardOutput();
    if (!m_bannerDone) {
        // nitro-cli prints "Connecting to the console for enclave N..." and
        // "Successfully connected to the console." on stdout before the enclave's bytes.
        m_head += bytes;
        bytes.clear();
        while (!m_bannerDone) {
            const qsizetype nl = m_head.indexOf('\n');
            if (nl < 0) {
                if (m_head.size() > 4096) { // no banner after all
                    m_bannerDone = true;
                    bytes = m_head;
                }
                break;
            }
            const QByteArray line = m_head.left(nl);
            if (line.startsWith("Connecting to the console")
                || line.startsWith("Successfully connected to the console")) {
                m_head.remove(0, nl + 1);
                if (line.startsWith("Successfully"))
                    m_bannerDone = true;
                continue;
            }
            m_bannerDone = true;
        }
        if (m_bannerDone) {
            bytes = m_head + bytes;
            m_head.clear();
        }
    }
    if (!bytes.isEmpty() && m_log)
        (void)m_log->append(bytes);
}

void ConsoleCapture::onFinished(int exitCode)
{
    if (!m_log)
        return;
    onOutput();
    if (!m_head.isEmpty())
        (void)m_log->append(m_head);
    NitroCliOutput out;
    out.exitCode = exitCode;
    out.stdErr = m_stderr;
    QString reason = QStringLiteral("enclave exited");
    if (auto err = out.firstError())
        reason = err->toString();
    else if (exitCode != 0)
        reason = QStringLiteral("nitro-cli console exited with status %1").arg(exitCode);
    (void)m_log->close(reason);
    m_log.reset();
    Q_EMIT finished(0);
}

} // namespace enclave::agent
