// Owning pixel buffer passed between the capture and encode stages.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <queue>

namespace capture {

class PixelBuffer {
public:
    PixelBuffer(int width, int height)
        : width_(width), height_(height), data_(new uint8_t[static_cast<std::size_t>(width) * height * 4]) {}

    ~PixelBuffer() { delete[] data_; }

    uint8_t* data() { return data_; }
    const uint8_t* data() const { return data_; }
    std::size_t bytes() const { return static_cast<std::size_t>(width_) * height_ * 4; }
    int width() const { return width_; }
    int height() const { return height_; }

    void clear(uint8_t value) { std::memset(data_, value, bytes()); }

private:
    int width_;
    int height_;
    uint8_t* data_;
};

class FrameQueue {
public:
    void push(const PixelBuffer& frame) {
        if (frames_.size() >= max_) frames_.pop();
        frames_.push(frame);
    }

    bool pop(PixelBuffer& out) {
        if (frames_.empty()) return false;
        std::swap(out, frames_.front());
        frames_.pop();
        return true;
    }

private:
    std::queue<PixelBuffer> frames_;
    std::size_t max_ = 8;
};

}  // namespace capture
