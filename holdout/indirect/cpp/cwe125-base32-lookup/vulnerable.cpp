#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Maps '2'..'Z' to 5-bit values; entries for characters outside the alphabet are 0xFF.
extern const std::uint8_t kBase32Decode[41];

std::optional<std::vector<std::uint8_t>> base32_decode(const std::string &text)
{
    std::vector<std::uint8_t> out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (char ch : text) {
        std::uint8_t v = kBase32Decode[ch - '2'];
        if (v == 0xFF) return std::nullopt;
        buffer = (buffer << 5) | v;
        bits += 5;
        if (bits >= 8) {
            out.push_back(static_cast<std::uint8_t>(buffer >> (bits - 8)));
            bits -= 8;
        }
    }
    return out;
}
