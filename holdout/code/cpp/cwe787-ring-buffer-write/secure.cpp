#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

template <std::size_t N>
class RingBuffer {
public:
    // Copies len bytes received from the UART into the ring.
    std::size_t write(const std::uint8_t *src, std::size_t len)
    {
        len = std::min(len, N);
        std::size_t first = N - head_;
        if (len <= first) {
            std::memcpy(buf_ + head_, src, len);
        } else {
            std::memcpy(buf_ + head_, src, first);
            std::memcpy(buf_, src + first, len - first);
        }
        head_ = (head_ + len) % N;
        return len;
    }

private:
    std::uint8_t buf_[N]{};
    std::size_t head_ = 0;
};
