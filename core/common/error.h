#pragma once

#include <cstdint>
#include <expected>
#include <utility>

#include <QString>

namespace enclave {

// What went wrong, where, in words a user can act on. Parsers return it by value
// (errors as values: nothing is thrown across the core library boundary).
struct Error {
    enum class Code {
        Io, // the file could not be opened or read
        Truncated, // fewer bytes than a length field promised
        Malformed, // bytes present but not what the format allows
        LimitExceeded, // a size or count beyond what we accept before allocating
        Unsupported, // valid but outside what we implement (legacy format, unknown algorithm)
        Crypto, // a signature, certificate or digest check failed
        Cancelled, // the user (or caller) stopped the operation
        Usage, // the caller passed invalid arguments
        Remote, // the agent or nitro-cli reported a failure
    };

    Code code = Code::Malformed;
    qint64 offset = -1; // byte offset in the input the problem was found at, -1 when not applicable
    QString message;

    // "offset N: message" when an offset is known, else the message: the CLI prefixes the file name.
    QString toString() const
    {
        if (offset >= 0)
            return QStringLiteral("offset %1: %2").arg(offset).arg(message);
        return message;
    }
};

template <typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> makeError(Error::Code code, QString message, qint64 offset = -1)
{
    return std::unexpected<Error>(Error { code, offset, std::move(message) });
}

} // namespace enclave
