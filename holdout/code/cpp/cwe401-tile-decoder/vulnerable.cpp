#include <cstdint>
#include <stdexcept>
#include <vector>

std::vector<std::uint8_t> inflate_tile(const std::uint8_t *src, std::size_t len, std::uint8_t *dst, std::size_t cap);

std::vector<std::uint8_t> decode_tile(const std::vector<std::uint8_t> &compressed, std::size_t width, std::size_t height)
{
    std::size_t cap = width * height;
    std::uint8_t *scratch = new std::uint8_t[cap];
    auto pixels = inflate_tile(compressed.data(), compressed.size(), scratch, cap);
    if (pixels.size() != cap) {
        throw std::runtime_error("tile has the wrong size");
    }
    delete[] scratch;
    return pixels;
}
