#include "agent/nitrocliprocess.h"

#include <QPointer>

namespace enclave::agent {

namespace {
constexpr qsizetype kMaxCapture = 4 * 1024 * 1024;
}

NitroCliProcess::NitroCliProcess(QObject *context, Done done)
    : QObject(context)
    , m_done(std::move(done))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_output.crashed = true;
        m_process.kill(); // our own child, by its handle
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        const QByteArray b = m_process.readAllStandardOutput();
        if (m_output.stdOut.size() < kMaxCapture)
            m_output.stdOut.append(b.left(kMaxCapture - m_output.stdOut.size()));
    });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray b = m_process.readAllStandardError();
        if (m_output.stdErr.size() < kMaxCapture)
            m_output.stdErr.append(b.left(kMaxCapture - m_output.stdErr.size()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_output.exitCode = code;
        if (status != QProcess::NormalExit)
            m_output.crashed = true;
        finish();
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_output.crashed = true;
            m_output.stdErr
                += QByteArrayLiteral("cannot start nitro-cli: ") + m_process.errorString().toUtf8();
            finish();
        }
    });
}

void NitroCliProcess::run(
    const QString &program, const QStringList &arguments, int timeoutMs, QObject *context, Done done)
{
    auto *p = new NitroCliProcess(context, std::move(done));
    p->m_process.setProgram(program);
    p->m_process.setArguments(arguments);
    p->m_process.setStandardInputFile(QProcess::nullDevice());
    p->m_timeout.start(timeoutMs);
    p->m_process.start();
}

void NitroCliProcess::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_output.stdOut += m_process.readAllStandardOutput().left(kMaxCapture);
    m_output.stdErr += m_process.readAllStandardError().left(kMaxCapture);
    if (m_output.exitCode != 0 && !m_output.crashed && m_output.exitCode < 0)
        m_output.crashed = true;
    const Done done = std::move(m_done);
    const NitroCliOutput output = m_output;
    deleteLater();
    if (done)
        done(output);
}

} // namespace enclave::agent
