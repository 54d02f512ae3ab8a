#include <array>
#include <cstdint>
#include <iostream>
#include <sstream>
#include <string>

// Histogram of response times in 10 ms buckets, 0-990 ms.
class LatencyHistogram {
public:
    static constexpr std::size_t kBuckets = 100;

    void record(int millis) {
        std::size_t bucket = static_cast<std::size_t>(millis / 10);
        counts_[bucket]++;
    }

    void print(std::ostream& out) const {
        for (std::size_t i = 0; i < kBuckets; ++i)
            if (counts_[i] != 0)
                out << i * 10 << "-" << i * 10 + 9 << " ms: " << counts_[i] << "\n";
    }

private:
    std::array<std::uint64_t, kBuckets> counts_{};
};

int main() {
    LatencyHistogram hist;
    std::string line;
    // Each input line holds one response time in milliseconds
    while (std::getline(std::cin, line)) {
        std::istringstream in(line);
        int ms;
        if (in >> ms)
            hist.record(ms);
    }
    hist.print(std::cout);
    return 0;
}
