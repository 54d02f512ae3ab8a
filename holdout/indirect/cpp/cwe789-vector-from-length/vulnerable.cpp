#include <cstdint>
#include <istream>
#include <vector>

// Reads one message of the replication protocol: a 32-bit length, then the body.
std::vector<char> read_message(std::istream &in)
{
    std::uint32_t length = 0;
    in.read(reinterpret_cast<char *>(&length), sizeof length);
    std::vector<char> body(length);
    in.read(body.data(), static_cast<std::streamsize>(body.size()));
    return body;
}
