#include "remote/nitroerrorhints.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace enclave::ui {

NitroErrorHints::Hint NitroErrorHints::hint(const QString &codeText)
{
    static const QRegularExpression re(u"^[Ee]?(\\d{1,2})$"_s);
    const auto m = re.match(codeText.trimmed());
    if (!m.hasMatch())
        return {};
    const int n = m.captured(1).toInt();
    if (n < 0 || n > LastCode)
        return {};
    const QString code = u"E%1"_s.arg(n, 2, 10, QLatin1Char('0'));
    auto h = [&code](const QString &title, const QString &action = {}) {
        return Hint { code, title, action };
    };
    const QString reportBug
        = tr("This is an internal nitro-cli failure; retry once, and if it persists collect the "
             "error log named in the message and restart the nitro-enclaves-allocator service.");
    switch (n) {
    case 0:
        return h(tr("Unspecified error"), reportBug);
    case 1:
        return h(tr("Missing argument"), tr("Give the EIF, the CPU count and the memory size."));
    case 2:
        return h(tr("Conflicting arguments"), tr("Give either a CPU count or CPU IDs, not both."));
    case 3:
        return h(tr("Invalid argument"),
            tr("Check the numbers: CIDs 0-3 and 4294967295 are reserved (use 0 for an automatic CID), memory "
               "is in MiB."));
    case 4:
        return h(tr("Socket pair creation failure"), reportBug);
    case 5:
        return h(tr("Process spawn failure"),
            tr("The parent instance could not start the enclave process: check free memory and process "
               "limits on the parent."));
    case 6:
        return h(tr("Daemonize failure"), reportBug);
    case 7:
        return h(tr("Cannot read the enclave sockets directory"),
            tr("/run/nitro_enclaves is missing or not readable: install aws-nitro-enclaves-cli and add the "
               "agent's user to group 'ne'."));
    case 8:
        return h(tr("Unusable connection"), reportBug);
    case 9:
        return h(tr("Socket close error"), reportBug);
    case 10:
        return h(tr("Cannot set the console connect timeout"), reportBug);
    case 11:
        return h(tr("Enclave not found"),
            tr("The enclave ID is unknown or the enclave is gone: refresh the list; it may have exited "
               "already."));
    case 12:
        return h(tr("Epoll error"), reportBug);
    case 13:
        return h(tr("Inotify error"), reportBug);
    case 14:
        return h(tr("Invalid command"), reportBug);
    case 15:
        return h(tr("Lock acquire failure"),
            tr("Another nitro-cli command holds the lock; wait a moment and retry."));
    case 16:
        return h(tr("Thread join failure"), reportBug);
    case 17:
        return h(tr("Bad configuration JSON"), tr("Fix the JSON of the run configuration."));
    case 18:
        return h(tr("File permissions error"),
            tr("A nitro-cli log or state file belongs to another user: run the agent as the user that owns "
               "/var/log/nitro_enclaves."));
    case 19:
        return h(tr("File operation failure"),
            tr("A file could not be opened: check the EIF exists on the parent, and that /dev/nitro_enclaves "
               "exists "
               "(enclaves enabled on the instance, driver loaded) and the agent's user is in group 'ne'."));
    case 20:
        return h(tr("Invalid CPU configuration"), tr("CPU IDs must be distinct."));
    case 21:
        return h(tr("CPU not in the enclave pool"),
            tr("Pick CPUs from the pool, or edit cpu_pool in /etc/nitro_enclaves/allocator.yaml and restart "
               "nitro-enclaves-allocator."));
    case 22:
        return h(tr("Not enough CPUs in the pool"),
            tr("Terminate an enclave or lower the CPU count, or raise cpu_count in "
               "/etc/nitro_enclaves/allocator.yaml "
               "(all enclaves stopped) and restart nitro-enclaves-allocator."));
    case 23:
        return h(tr("Malformed CPU ID"), reportBug);
    case 24:
        return h(tr("CPU interval error"), reportBug);
    case 25:
        return h(tr("No such hugepage size"), reportBug);
    case 26:
        return h(tr("Insufficient memory requested"),
            tr("Give the enclave at least 4 times the EIF file size in MiB (and never 0)."));
    case 27:
        return h(tr("Not enough enclave memory available"),
            tr("Terminate an enclave or ask for less memory, or raise memory_mib in "
               "/etc/nitro_enclaves/allocator.yaml "
               "and restart nitro-enclaves-allocator."));
    case 28:
        return h(tr("Invalid enclave file descriptor"), reportBug);
    case 29:
        return h(tr("Ioctl failure"),
            tr("The Nitro driver refused the request: on x86_64 use an even CPU count (full cores), a CID "
               "that is not in use, "
               "and wait a few seconds between launches. The error log has the driver's reason."));
    case 30:
        return h(tr("Image load info failure"), reportBug);
    case 31:
        return h(tr("Memory region setup failure"), reportBug);
    case 32:
        return h(tr("vCPU add failure"),
            tr("Check the CPU pool: the CPUs must be offline on the parent (nitro-enclaves-allocator)."));
    case 33:
        return h(tr("Enclave start failure"), reportBug);
    case 34:
        return h(tr("Memory overflow"), tr("Ask for less memory."));
    case 35:
        return h(tr("EIF parsing error"),
            tr("The image is corrupt or hugepages are not available: rebuild or re-upload the EIF and check "
               "the allocator service."));
    case 36:
        return h(tr("Enclave boot failure"),
            tr("The enclave sent no heartbeat: check the EIF (kernel, init), an expired signing certificate, "
               "and do not launch two enclaves at the same moment. Start it in debug mode to read its "
               "console."));
    case 37:
        return h(tr("Enclave event wait error"), reportBug);
    case 38:
        return h(tr("Enclave process command not executed"), reportBug);
    case 39:
        return h(tr("Enclave process connection failure"),
            tr("Usually follows another error: look at the first error code; the enclave process may have "
               "died."));
    case 40:
        return h(tr("Socket path not found"), tr("The enclave is gone: refresh the list."));
    case 41:
        return h(tr("Send reply failure"), reportBug);
    case 42:
        return h(tr("mmap error"), reportBug);
    case 43:
        return h(tr("munmap error"), reportBug);
    case 44:
        return h(tr("Console connection failure"),
            tr("The console exists only for enclaves started in debug mode: relaunch with debug mode on "
               "(its attestation documents then carry zero PCRs)."));
    case 45:
        return h(
            tr("Console read error"), tr("The enclave exited or rebooted while its console was followed."));
    case 46:
        return h(tr("Console write error"),
            tr("The console reader went away (e.g. the SSH session ended); reconnect."));
    case 47:
        return h(tr("Integer parsing error"), tr("Check the CID and the other numbers."));
    case 48:
        return h(tr("EIF build error"), tr("Check the docker image and the build output."));
    case 49:
        return h(tr("Docker build error"), tr("Check the Dockerfile and the docker daemon."));
    case 50:
        return h(tr("Docker pull error"), tr("Check the image name and the registry credentials."));
    case 51:
        return h(tr("Artifacts path not set"), tr("Set HOME or NITRO_CLI_ARTIFACTS for the agent's user."));
    case 52:
        return h(tr("Blobs path not set"), tr("Set NITRO_CLI_BLOBS or install the nitro-cli blobs."));
    case 53:
        return h(tr("Clock skew"), tr("Fix the parent instance's clock (chrony)."));
    case 54:
        return h(tr("Signal masking error"), reportBug);
    case 55:
        return h(tr("Signal unmasking error"), reportBug);
    case 56:
        return h(tr("Logger error"), tr("Check permissions of /var/log/nitro_enclaves."));
    case 57:
        return h(tr("Hasher error"), reportBug);
    case 58:
        return h(
            tr("Enclave naming error"), tr("No enclave or more than one has that name: use the enclave ID."));
    case 59:
        return h(tr("EIF signature check failed"),
            tr("The signing certificate is invalid or expired: re-sign the EIF with a valid certificate "
               "(PCR8 changes)."));
    case 60:
        return h(tr("EIF signing error"),
            tr("Check the signing key and certificate paths (or the KMS credentials)."));
    default:
        return {};
    }
}

QString NitroErrorHints::codeIn(const QString &text)
{
    static const QRegularExpression re(u"\\[\\s*(E\\d{2})\\s*\\]"_s);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString NitroErrorHints::explain(const agent::RpcError &error)
{
    QString code = error.nitroCode;
    if (code.isEmpty())
        code = codeIn(error.message);
    QString text = error.toString();
    const Hint h = hint(code);
    if (h.isValid()) {
        text += u"\n\n"_s + tr("%1: %2.").arg(h.code, h.title);
        if (!h.action.isEmpty())
            text += u' ' + tr("What to do: %1").arg(h.action);
        if (!error.errorLog.isEmpty())
            text += u'\n' + tr("Error log on the parent: %1").arg(error.errorLog);
    }
    return text;
}

} // namespace enclave::ui
