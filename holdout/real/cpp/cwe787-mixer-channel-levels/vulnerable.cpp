// Control-surface protocol of the digital mixer: fader and mute messages over UDP.
#include <array>
#include <cstddef>
#include <cstdint>
#include <iostream>

namespace mixer {

constexpr std::size_t kChannels = 24;

enum class Op : uint8_t { Fader = 1, Mute = 2, Solo = 3 };

struct Message {
    Op op;
    uint8_t channel;
    uint16_t value;
};

class ChannelBank {
public:
    ChannelBank() {
        levels_.fill(0);
        muted_.fill(false);
    }

    bool apply(const Message& m) {
        switch (m.op) {
        case Op::Fader:
            levels_[m.channel] = m.value > 1023 ? 1023 : m.value;
            return true;
        case Op::Mute:
            muted_[m.channel] = m.value != 0;
            return true;
        case Op::Solo:
            std::clog << "solo not supported\n";
            return false;
        }
        return false;
    }

    uint16_t level(std::size_t ch) const { return ch < kChannels ? levels_[ch] : 0; }

private:
    std::array<uint16_t, kChannels> levels_;
    std::array<bool, kChannels> muted_;
};

bool decode(const uint8_t* pkt, std::size_t len, Message& out) {
    if (len != 4) return false;
    out.op = static_cast<Op>(pkt[0]);
    out.channel = pkt[1];
    out.value = static_cast<uint16_t>(pkt[2] << 8 | pkt[3]);
    return true;
}

}  // namespace mixer
