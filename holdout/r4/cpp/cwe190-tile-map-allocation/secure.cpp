#include <cstdint>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

// A 2D tile map loaded from a level file:
//   uint16 width, uint16 height, uint16 layers, then width*height*layers tile ids (uint16).
class TileMap {
public:
    static TileMap load(const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        if (!in)
            throw std::runtime_error("cannot open " + path);

        std::uint16_t header[3];
        in.read(reinterpret_cast<char*>(header), sizeof header);
        if (!in)
            throw std::runtime_error("truncated header");

        TileMap map;
        map.width_ = header[0];
        map.height_ = header[1];
        map.layers_ = header[2];

        std::size_t cells = static_cast<std::size_t>(map.width_) * map.height_ * map.layers_;
        map.tiles_.resize(cells);
        in.read(reinterpret_cast<char*>(map.tiles_.data()), cells * sizeof(std::uint16_t));
        if (!in)
            throw std::runtime_error("truncated tile data");
        return map;
    }

    std::uint16_t at(unsigned x, unsigned y, unsigned layer) const {
        return tiles_.at((static_cast<std::size_t>(layer) * height_ + y) * width_ + x);
    }

private:
    unsigned width_ = 0, height_ = 0, layers_ = 0;
    std::vector<std::uint16_t> tiles_;
};
