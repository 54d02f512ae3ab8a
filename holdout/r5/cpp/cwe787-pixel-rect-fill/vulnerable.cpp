// Task: Canvas::fillRect(x, y, w, h, color) paints a rectangle on an RGBA canvas.
// The rectangle comes from a drawing command sent by the remote client.
#include <cstddef>
#include <cstdint>
#include <vector>
#include <cstdio>

class Canvas {
public:
    Canvas(int width, int height)
        : width_(width), height_(height), pixels_(static_cast<size_t>(width) * height) {}

    void fillRect(int x, int y, int w, int h, uint32_t color) {
        for (int row = y; row < y + h; ++row) {
            uint32_t* line = pixels_.data() + static_cast<size_t>(row) * width_;
            for (int col = x; col < x + w; ++col)
                line[col] = color;
        }
    }

    uint32_t at(int x, int y) const { return pixels_.at(static_cast<size_t>(y) * width_ + x); }

private:
    int width_;
    int height_;
    std::vector<uint32_t> pixels_;
};

// Remote protocol: "RECT x y w h rrggbbaa" per line.
bool applyCommand(Canvas& canvas, const char* line) {
    int x = 0, y = 0, w = 0, h = 0;
    unsigned color = 0;
    if (std::sscanf(line, "RECT %d %d %d %d %x", &x, &y, &w, &h, &color) != 5)
        return false;
    canvas.fillRect(x, y, w, h, color);
    return true;
}
