// Loader for the scanner's binary point-cloud files (.pcb).
#include <cstdint>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace scan {

struct Point {
    float x, y, z;
    uint8_t intensity;
    uint8_t pad[3];
};
static_assert(sizeof(Point) == 16, "packed layout");

struct Header {
    char magic[4];
    uint32_t count;
    float scale;
};

class PointCloud {
public:
    explicit PointCloud(const std::string& path) { load(path); }
    const std::vector<Point>& points() const { return points_; }

private:
    void load(const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        if (!in) throw std::runtime_error("cannot open " + path);
        Header h{};
        in.read(reinterpret_cast<char*>(&h), sizeof(h));
        if (!in || std::memcmp(h.magic, "PCB1", 4) != 0) throw std::runtime_error("not a point cloud");

        if (h.count > (1u << 26)) throw std::runtime_error("point count out of range");
        uint32_t bytes = h.count * static_cast<uint32_t>(sizeof(Point));
        std::vector<char> raw(bytes);
        in.read(raw.data(), bytes);
        if (in.gcount() != static_cast<std::streamsize>(bytes)) throw std::runtime_error("truncated file");

        points_.resize(h.count);
        for (uint32_t i = 0; i < h.count; ++i) {
            std::memcpy(&points_[i], raw.data() + static_cast<std::size_t>(i) * sizeof(Point), sizeof(Point));
            points_[i].x *= h.scale;
            points_[i].y *= h.scale;
            points_[i].z *= h.scale;
        }
    }

    std::vector<Point> points_;
};

}  // namespace scan
