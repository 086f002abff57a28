#include "agentd/validate.h"

#include <string>

namespace agentd::validate {

namespace {
bool isLowerHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}
bool isAlnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isNameStart(char c)
{
    return isAlnum(c) || c == '_';
}
bool isNameChar(char c)
{
    return isAlnum(c) || c == '_' || c == '.' || c == '-';
}
std::size_t hexRun(std::string_view s, std::size_t from)
{
    std::size_t n = 0;
    while (from + n < s.size() && isLowerHex(s[from + n]))
        ++n;
    return n;
}
bool isName(std::string_view name, std::size_t maxLength)
{
    if (name.empty() || name.size() > maxLength || !isNameStart(name[0]))
        return false;
    for (char c : name)
        if (!isNameChar(c))
            return false;
    return true;
}
} // namespace

bool isEnclaveId(std::string_view id)
{
    if (!id.starts_with("i-"))
        return false;
    const std::size_t instance = hexRun(id, 2);
    if (instance < 16 || instance > 17)
        return false;
    std::size_t pos = 2 + instance;
    if (id.substr(pos, 4) != "-enc")
        return false;
    pos += 4;
    const std::size_t slot = hexRun(id, pos);
    return slot >= 1 && slot <= 16 && pos + slot == id.size();
}

bool isImageName(std::string_view name)
{
    return isName(name, 255) && name.find("..") == std::string_view::npos;
}

bool isEnclaveName(std::string_view name)
{
    return isName(name, 128);
}

bool isHandle(std::string_view handle)
{
    std::size_t letters = 0;
    while (letters < handle.size() && handle[letters] >= 'a' && handle[letters] <= 'z')
        ++letters;
    if (letters < 1 || letters > 8 || letters >= handle.size() || handle[letters] != '-')
        return false;
    const std::string_view digits = handle.substr(letters + 1);
    if (digits.empty() || digits.size() > 10)
        return false;
    for (char c : digits)
        if (c < '0' || c > '9')
            return false;
    return true;
}

bool hasControlCharacter(std::string_view text)
{
    for (unsigned char c : text)
        if (c < 0x20 || c == 0x7f)
            return true;
    return false;
}

std::size_t codePoints(std::string_view text)
{
    std::size_t n = 0;
    for (unsigned char c : text)
        n += (c & 0xC0) != 0x80;
    return n;
}

std::optional<std::string> sha384FromHex(std::string_view hex)
{
    if (hex.size() != 96)
        return std::nullopt;
    std::string out;
    out.reserve(48);
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (std::size_t i = 0; i < 96; i += 2) {
        const int hi = nibble(hex[i]);
        const int lo = nibble(hex[i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out.push_back(static_cast<char>(hi * 16 + lo));
    }
    return out;
}

} // namespace agentd::validate
