#include <cstdint>
#include <istream>
#include <stdexcept>
#include <vector>

constexpr std::uint32_t kMaxMessage = 4u << 20;

// Reads one message of the replication protocol: a 32-bit length, then the body.
std::vector<char> read_message(std::istream &in)
{
    std::uint32_t length = 0;
    in.read(reinterpret_cast<char *>(&length), sizeof length);
    if (!in || length > kMaxMessage) throw std::runtime_error("bad message length");
    std::vector<char> body(length);
    in.read(body.data(), static_cast<std::streamsize>(body.size()));
    return body;
}
