#include <memory>
#include <stdexcept>
#include <vector>

struct Shape {
    virtual ~Shape() = default;
};

struct Circle : Shape {
    double radius = 0;
};

struct Rect : Shape {
    double w = 0, h = 0;
};

// The scene file says which shape is the clipping mask; it is expected to be a circle.
double mask_radius(const std::vector<std::unique_ptr<Shape>> &scene, std::size_t maskIndex)
{
    auto *circle = dynamic_cast<Circle *>(scene.at(maskIndex).get());
    if (circle == nullptr) throw std::invalid_argument("mask is not a circle");
    return circle->radius;
}
