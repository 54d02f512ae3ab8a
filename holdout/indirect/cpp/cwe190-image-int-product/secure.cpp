#include <cstdint>
#include <stdexcept>
#include <vector>

struct Header {
    int width;
    int height;
    int channels;
};

// Decodes raw interleaved pixels; the header fields come from the file.
std::vector<std::uint8_t> decode(const Header &h, const std::uint8_t *data)
{
    if (h.width <= 0 || h.height <= 0 || h.channels <= 0 || h.channels > 4 || h.width > 32768 || h.height > 32768)
        throw std::invalid_argument("bad image header");
    std::size_t bytes = static_cast<std::size_t>(h.width) * h.height * h.channels;
    std::vector<std::uint8_t> pixels(bytes);
    for (std::size_t y = 0; y < static_cast<std::size_t>(h.height); ++y)
        for (std::size_t x = 0; x < static_cast<std::size_t>(h.width) * h.channels; ++x)
            pixels[y * h.width * h.channels + x] = data[y * h.width * h.channels + x];
    return pixels;
}
