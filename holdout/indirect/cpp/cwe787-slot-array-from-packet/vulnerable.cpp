#include <array>
#include <cstdint>
#include <vector>

struct Frame {
    std::uint32_t seq = 0;
    std::vector<std::uint8_t> data;
};

struct PacketHeader {
    std::uint8_t slot;
    std::uint32_t seq;
};

class Reassembler {
public:
    void accept(const PacketHeader &hdr, std::vector<std::uint8_t> payload)
    {
        frames_[hdr.slot] = Frame{hdr.seq, std::move(payload)};
    }

private:
    std::array<Frame, 8> frames_{};
};
