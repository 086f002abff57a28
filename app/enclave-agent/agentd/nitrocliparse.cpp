#include "agentd/nitrocliparse.h"

#include <cctype>

namespace agentd::nitrocli {

namespace {
std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}
} // namespace

std::size_t jsonValueEnd(std::string_view text, std::size_t start)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (std::size_t i = start; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1;
            if (depth < 0)
                return std::string_view::npos;
        }
    }
    return std::string_view::npos;
}

std::optional<json> findJson(std::string_view out)
{
    std::size_t start = out.find_first_of("{[");
    // A '[' can also start a banner line; try each candidate start until one parses.
    while (start != std::string_view::npos) {
        const std::size_t end = jsonValueEnd(out, start);
        if (end != std::string_view::npos) {
            json doc = json::parse(out.substr(start, end - start), nullptr, false);
            if (!doc.is_discarded() && (doc.is_object() || doc.is_array()))
                return doc;
        }
        start = out.find_first_of("{[", start + 1);
    }
    return std::nullopt;
}

std::optional<RpcError> firstError(std::string_view err)
{
    std::size_t pos = 0;
    while (pos < err.size()) {
        std::size_t nl = err.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = err.size();
        const std::string_view line = err.substr(pos, nl - pos);
        // "[ E26 ] message"
        if (line.size() >= 8 && line.starts_with("[ E") && std::isdigit(static_cast<unsigned char>(line[3]))
            && std::isdigit(static_cast<unsigned char>(line[4])) && line.substr(5, 3) == " ] ") {
            RpcError e = RpcError::nitro(std::string(line.substr(2, 3)), std::string(trim(line.substr(8))));
            constexpr std::string_view kLog = "error log found at \"";
            const std::size_t l = err.find(kLog, nl);
            if (l != std::string_view::npos) {
                const std::size_t from = l + kLog.size();
                const std::size_t to = err.find('"', from);
                if (to != std::string_view::npos && to - from < 4096)
                    e.errorLog = std::string(err.substr(from, to - from));
            }
            return e;
        }
        pos = nl + 1;
    }
    return std::nullopt;
}

Result<json> result(const ProcessResult &p, std::string_view what)
{
    if (auto j = findJson(p.out))
        return *j;
    if (auto e = firstError(p.err))
        return std::unexpected(*e);
    if (!p.startError.empty())
        return rpcFail(wire::error::kInternalError, std::string(what) + ": " + p.startError);
    if (p.timedOut)
        return rpcFail(wire::error::kInternalError, std::string(what) + " did not finish in time");
    if (p.crashed)
        return rpcFail(wire::error::kInternalError, std::string(what) + " did not finish");
    // clap's own argument errors exit 2 without an [ Exx ] line.
    std::string_view last = trim(p.err);
    last = last.substr(0, last.find('\n'));
    std::string message = std::string(what) + " exited with status " + std::to_string(p.exitCode);
    if (!last.empty())
        message += ": " + std::string(last.substr(0, 300));
    return rpcFail(wire::error::kInternalError, std::move(message));
}

} // namespace agentd::nitrocli
