#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace agentd {

// SHA-384 (FIPS 180-4), so the static agent checks uploads without OpenSSL. Tested against the
// FIPS example vectors and against files hashed by the client's OpenSSL (tst_agentcore).
class Sha384 final {
public:
    using Digest = std::array<std::uint8_t, 48>;

    Sha384();
    void update(std::string_view bytes);
    // The digest; the object starts over afterwards.
    Digest finish();
    static std::string hex(const Digest &digest);

private:
    void compress(const unsigned char *block);

    std::uint64_t m_state[8];
    unsigned char m_block[128] = {};
    std::size_t m_used = 0;
    std::uint64_t m_length = 0;
};

} // namespace agentd
