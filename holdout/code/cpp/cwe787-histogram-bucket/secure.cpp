#include <cstdint>
#include <vector>

class LatencyHistogram {
public:
    explicit LatencyHistogram(std::size_t buckets) : counts_(buckets, 0) {}

    // bucket is computed by the client library and sent with each sample.
    bool record(int bucket, std::uint32_t count)
    {
        if (bucket < 0 || static_cast<std::size_t>(bucket) >= counts_.size()) return false;
        counts_[static_cast<std::size_t>(bucket)] += count;
        return true;
    }

    std::uint64_t total() const
    {
        std::uint64_t sum = 0;
        for (auto c : counts_) sum += c;
        return sum;
    }

private:
    std::vector<std::uint64_t> counts_;
};
