#include "agentd/enclavestore.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "agentd/files.h"

namespace agentd {

namespace {
constexpr std::int64_t kMaxStateBytes = 4 * 1024 * 1024;

class FileLock final {
public:
    explicit FileLock(const std::string &path)
    {
        m_fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd >= 0 && ::flock(m_fd, LOCK_EX) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~FileLock()
    {
        if (m_fd >= 0)
            ::close(m_fd); // releases the flock
    }
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    bool ok() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};
} // namespace

EnclaveStore::EnclaveStore(std::string stateDir)
    : m_dir(std::move(stateDir))
{
    while (m_dir.size() > 1 && m_dir.back() == '/')
        m_dir.pop_back();
}

std::string EnclaveStore::consolePath(const std::string &enclaveId) const
{
    return m_dir + "/console/" + enclaveId + ".log";
}

Result<json> EnclaveStore::update(const std::function<void(json &)> &change)
{
    if (!files::makePath(m_dir + "/console"))
        return rpcFail(wire::error::kIoError, "cannot create " + m_dir + ": " + files::errnoText());
    FileLock lock(m_dir + "/state.lock");
    if (!lock.ok())
        return rpcFail(wire::error::kIoError, "cannot lock " + m_dir + "/state.lock: " + files::errnoText());
    const std::string file = m_dir + "/state.json";
    json state = json::object();
    if (auto text = files::read(file, kMaxStateBytes + 1)) {
        if (std::int64_t(text->size()) > kMaxStateBytes)
            return rpcFail(wire::error::kLimitExceeded, file + " is too large");
        json parsed = json::parse(*text, nullptr, false);
        if (!parsed.is_discarded() && parsed.is_object())
            state = std::move(parsed);
    }
    if (!state.contains("enclaves") || !state["enclaves"].is_array())
        state["enclaves"] = json::array();
    if (!change)
        return state;
    const json before = state;
    change(state);
    if (state == before)
        return state;
    if (auto w
        = files::writeAtomically(file, state.dump(2, ' ', false, json::error_handler_t::replace) + "\n");
        !w)
        return std::unexpected(w.error());
    return state;
}

json EnclaveStore::findEnclave(const json &state, const std::string &enclaveId)
{
    if (state.contains("enclaves") && state["enclaves"].is_array())
        for (const json &r : state["enclaves"])
            if (r.is_object() && r.value("EnclaveID", std::string()) == enclaveId)
                return r;
    return nullptr;
}

void EnclaveStore::replaceEnclave(json &state, const json &record)
{
    json &list = state["enclaves"];
    const std::string id = record.value("EnclaveID", std::string());
    for (json &r : list) {
        if (r.is_object() && r.value("EnclaveID", std::string()) == id) {
            r = record;
            return;
        }
    }
    list.push_back(record);
}

std::vector<std::string> EnclaveStore::pruneExited(
    json &state, int keep, const std::string &keepSince, int hardCap)
{
    std::vector<std::string> dropped;
    json &list = state["enclaves"];
    int exited = 0;
    for (const json &r : list)
        exited += r.is_object() && r.value("State", std::string()) == "EXITED";
    for (std::size_t i = 0; i < list.size() && exited > keep;) {
        const bool recent
            = !keepSince.empty() && list[i].is_object() && stringField(list[i], "ExitedAt") >= keepSince;
        if (list[i].is_object() && list[i].value("State", std::string()) == "EXITED"
            && (!recent || exited > hardCap)) {
            dropped.push_back(list[i].value("EnclaveID", std::string()));
            list.erase(i);
            --exited;
        } else {
            ++i;
        }
    }
    return dropped;
}

} // namespace agentd
