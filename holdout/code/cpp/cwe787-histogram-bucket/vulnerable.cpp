#include <cstdint>
#include <vector>

class LatencyHistogram {
public:
    explicit LatencyHistogram(std::size_t buckets) : counts_(buckets, 0) {}

    // bucket is computed by the client library and sent with each sample.
    void record(int bucket, std::uint32_t count) { counts_[bucket] += count; }

    std::uint64_t total() const
    {
        std::uint64_t sum = 0;
        for (auto c : counts_) sum += c;
        return sum;
    }

private:
    std::vector<std::uint64_t> counts_;
};
