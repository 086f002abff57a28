#pragma once

#include <functional>

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include "agent/nitroclioutput.h"

namespace enclave::agent {

// One asynchronous nitro-cli run: an argument list (never a shell string), a timeout, and at
// most 4 MiB kept from each of stdout and stderr. Deletes itself after calling back.
class NitroCliProcess final : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const NitroCliOutput &)>;
    static void run(
        const QString &program, const QStringList &arguments, int timeoutMs, QObject *context, Done done);

private:
    NitroCliProcess(QObject *context, Done done);
    void finish();

    QProcess m_process;
    QTimer m_timeout;
    NitroCliOutput m_output;
    Done m_done;
    bool m_finished = false;
};

} // namespace enclave::agent
