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
    bool accept(const PacketHeader &hdr, std::vector<std::uint8_t> payload)
    {
        if (hdr.slot >= frames_.size()) return false;
        frames_[hdr.slot] = Frame{hdr.seq, std::move(payload)};
        return true;
    }

private:
    std::array<Frame, 8> frames_{};
};
