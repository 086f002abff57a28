#include "remote/nitroerrorhints.h"

#include <QRegularExpression>

#include <iterator>

using namespace Qt::StringLiterals;

namespace enclave::ui {

namespace {

// nitro-cli's codes in order (E00 is row 0): the title and what to do; a null action is an
// internal nitro-cli failure, which gets the common "report it" advice.
struct Row {
    const char *title;
    const char *action;
};

// The context is NitroErrorHints' own (Q_DECLARE_TR_FUNCTIONS), so hint() translates with tr().
constexpr Row Rows[] = {
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Unspecified error"), nullptr }, // E00
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Missing argument"),
        QT_TRANSLATE_NOOP(
            "enclave::ui::NitroErrorHints", "Give the EIF, the CPU count and the memory size.") }, // E01
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Conflicting arguments"),
        QT_TRANSLATE_NOOP(
            "enclave::ui::NitroErrorHints", "Give either a CPU count or CPU IDs, not both.") }, // E02
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Invalid argument"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "Check the numbers: CIDs 0-3 and 4294967295 are reserved (use 0 for an automatic CID), memory "
            "is in MiB.") }, // E03
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Socket pair creation failure"), nullptr }, // E04
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Process spawn failure"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "The parent instance could not start the enclave process: check free memory and process "
            "limits on the parent.") }, // E05
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Daemonize failure"), nullptr }, // E06
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Cannot read the enclave sockets directory"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "/run/nitro_enclaves is missing or not readable: install aws-nitro-enclaves-cli and add the "
            "agent's user to group 'ne'.") }, // E07
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Unusable connection"), nullptr }, // E08
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Socket close error"), nullptr }, // E09
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Cannot set the console connect timeout"),
        nullptr }, // E10
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Enclave not found"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "The enclave ID is unknown or the enclave is gone: refresh the list; it may have exited "
            "already.") }, // E11
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Epoll error"), nullptr }, // E12
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Inotify error"), nullptr }, // E13
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Invalid command"), nullptr }, // E14
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Lock acquire failure"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "Another nitro-cli command holds the lock; wait a moment and retry.") }, // E15
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Thread join failure"), nullptr }, // E16
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Bad configuration JSON"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Fix the JSON of the run configuration.") }, // E17
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "File permissions error"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "A nitro-cli log or state file belongs to another user: run the agent as the user that owns "
            "/var/log/nitro_enclaves.") }, // E18
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "File operation failure"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "A file could not be opened: check the EIF exists on the parent, and that /dev/nitro_enclaves "
            "exists "
            "(enclaves enabled on the instance, driver loaded) and the agent's user is in group 'ne'.") }, // E19
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Invalid CPU configuration"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "CPU IDs must be distinct.") }, // E20
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "CPU not in the enclave pool"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "Pick CPUs from the pool, or edit cpu_pool in /etc/nitro_enclaves/allocator.yaml and restart "
            "nitro-enclaves-allocator.") }, // E21
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Not enough CPUs in the pool"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "Terminate an enclave or lower the CPU count, or raise cpu_count in "
            "/etc/nitro_enclaves/allocator.yaml "
            "(all enclaves stopped) and restart nitro-enclaves-allocator.") }, // E22
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Malformed CPU ID"), nullptr }, // E23
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "CPU interval error"), nullptr }, // E24
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "No such hugepage size"), nullptr }, // E25
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Insufficient memory requested"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "Give the enclave at least 4 times the EIF file size in MiB (and never 0).") }, // E26
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Not enough enclave memory available"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "Terminate an enclave or ask for less memory, or raise memory_mib in "
            "/etc/nitro_enclaves/allocator.yaml "
            "and restart nitro-enclaves-allocator.") }, // E27
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Invalid enclave file descriptor"), nullptr }, // E28
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Ioctl failure"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "The Nitro driver refused the request: on x86_64 use an even CPU count (full cores), a CID "
            "that is not in use, "
            "and wait a few seconds between launches. The error log has the driver's reason.") }, // E29
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Image load info failure"), nullptr }, // E30
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Memory region setup failure"), nullptr }, // E31
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "vCPU add failure"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "Check the CPU pool: the CPUs must be offline on the parent (nitro-enclaves-allocator).") }, // E32
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Enclave start failure"), nullptr }, // E33
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Memory overflow"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Ask for less memory.") }, // E34
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "EIF parsing error"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "The image is corrupt or hugepages are not available: rebuild or re-upload the EIF and check "
            "the allocator service.") }, // E35
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Enclave boot failure"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "The enclave sent no heartbeat: check the EIF (kernel, init), an expired signing certificate, "
            "and do not launch two enclaves at the same moment. Start it in debug mode to read its "
            "console.") }, // E36
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Enclave event wait error"), nullptr }, // E37
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Enclave process command not executed"),
        nullptr }, // E38
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Enclave process connection failure"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "Usually follows another error: look at the first error code; the enclave process may have "
            "died.") }, // E39
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Socket path not found"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "The enclave is gone: refresh the list.") }, // E40
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Send reply failure"), nullptr }, // E41
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "mmap error"), nullptr }, // E42
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "munmap error"), nullptr }, // E43
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Console connection failure"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "The console exists only for enclaves started in debug mode: relaunch with debug mode on "
            "(its attestation documents then carry zero PCRs).") }, // E44
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Console read error"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "The enclave exited or rebooted while its console was followed.") }, // E45
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Console write error"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "The console reader went away (e.g. the SSH session ended); reconnect.") }, // E46
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Integer parsing error"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Check the CID and the other numbers.") }, // E47
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "EIF build error"),
        QT_TRANSLATE_NOOP(
            "enclave::ui::NitroErrorHints", "Check the docker image and the build output.") }, // E48
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Docker build error"),
        QT_TRANSLATE_NOOP(
            "enclave::ui::NitroErrorHints", "Check the Dockerfile and the docker daemon.") }, // E49
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Docker pull error"),
        QT_TRANSLATE_NOOP(
            "enclave::ui::NitroErrorHints", "Check the image name and the registry credentials.") }, // E50
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Artifacts path not set"),
        QT_TRANSLATE_NOOP(
            "enclave::ui::NitroErrorHints", "Set HOME or NITRO_CLI_ARTIFACTS for the agent's user.") }, // E51
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Blobs path not set"),
        QT_TRANSLATE_NOOP(
            "enclave::ui::NitroErrorHints", "Set NITRO_CLI_BLOBS or install the nitro-cli blobs.") }, // E52
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Clock skew"),
        QT_TRANSLATE_NOOP(
            "enclave::ui::NitroErrorHints", "Fix the parent instance's clock (chrony).") }, // E53
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Signal masking error"), nullptr }, // E54
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Signal unmasking error"), nullptr }, // E55
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Logger error"),
        QT_TRANSLATE_NOOP(
            "enclave::ui::NitroErrorHints", "Check permissions of /var/log/nitro_enclaves.") }, // E56
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Hasher error"), nullptr }, // E57
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "Enclave naming error"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "No enclave or more than one has that name: use the enclave ID.") }, // E58
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "EIF signature check failed"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "The signing certificate is invalid or expired: re-sign the EIF with a valid certificate "
            "(PCR8 changes).") }, // E59
    { QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints", "EIF signing error"),
        QT_TRANSLATE_NOOP("enclave::ui::NitroErrorHints",
            "Check the signing key and certificate paths (or the KMS credentials).") }, // E60
};

static_assert(std::size(Rows) == NitroErrorHints::LastCode + 1, "one row per nitro-cli error code");

} // namespace

NitroErrorHints::Hint NitroErrorHints::hint(const QString &codeText)
{
    static const QRegularExpression re(u"^[Ee]?(\\d{1,2})$"_s);
    const auto m = re.match(codeText.trimmed());
    if (!m.hasMatch())
        return {};
    const int n = m.captured(1).toInt();
    if (n < 0 || n > LastCode)
        return {};
    const Row &row = Rows[n];
    const QString action = row.action
        ? tr(row.action)
        : tr("This is an internal nitro-cli failure; retry once, and if it persists collect the "
             "error log named in the message and restart the nitro-enclaves-allocator service.");
    return Hint { u"E%1"_s.arg(n, 2, 10, QLatin1Char('0')), tr(row.title), action };
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
