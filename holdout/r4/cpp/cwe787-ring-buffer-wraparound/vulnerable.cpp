#include <cstddef>
#include <cstdint>
#include <iostream>
#include <vector>

// Ring buffer of audio samples, of a set capacity, shared between the capture
// callback (push) and the encoder (pop).
class SampleRing {
public:
    explicit SampleRing(std::size_t capacity) : buf_(new std::int16_t[capacity]), capacity_(capacity) {}
    ~SampleRing() { delete[] buf_; }
    SampleRing(const SampleRing&) = delete;
    SampleRing& operator=(const SampleRing&) = delete;

    // Store one sample; when full, the oldest sample is overwritten.
    void push(std::int16_t sample) {
        buf_[head_] = sample;
        head_++;
        if (head_ > capacity_)
            head_ = 0;
        if (count_ < capacity_)
            count_++;
    }

    // Copy the buffered samples, oldest first, into `out`.
    void drain(std::vector<std::int16_t>& out) {
        std::size_t start = (head_ + capacity_ - count_) % capacity_;
        for (std::size_t i = 0; i < count_; ++i)
            out.push_back(buf_[(start + i) % capacity_]);
        count_ = 0;
    }

private:
    std::int16_t* buf_;
    std::size_t capacity_;
    std::size_t head_ = 0;
    std::size_t count_ = 0;
};

int main() {
    SampleRing ring(4);
    for (std::int16_t s = 1; s <= 10; ++s)
        ring.push(s);
    std::vector<std::int16_t> samples;
    ring.drain(samples);
    for (auto s : samples)
        std::cout << s << " ";
    std::cout << "\n";
    return 0;
}
