#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

struct KeyFrame {
    std::uint32_t timestamp;
    std::array<float, 16> weights;
};

// weights is decoded from the animation file; a well-formed file has at most 16 per frame.
KeyFrame make_frame(std::uint32_t ts, const std::vector<float> &weights)
{
    KeyFrame kf{ts, {}};
    std::copy(weights.begin(), weights.end(), kf.weights.begin());
    return kf;
}
