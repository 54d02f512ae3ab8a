#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct Shape {
    virtual ~Shape() = default;
    virtual std::string name() const = 0;
};

struct Circle : Shape {
    double radius;
    explicit Circle(double r) : radius(r) {}
    std::string name() const override { return "circle"; }
};

struct Rect : Shape {
    double w, h;
    Rect(double w_, double h_) : w(w_), h(h_) {}
    std::string name() const override { return "rect"; }
};

struct Arc : Shape {
    double radius, degrees;
    Arc(double r, double d) : radius(r), degrees(d) {}
    std::string name() const override { return "circle-arc"; }
};

// Sum the radii of all circles in a scene loaded from the editor.
// Shapes whose name() is "circle" are circles.
double total_circle_radius(const std::vector<std::unique_ptr<Shape>>& scene) {
    double total = 0.0;
    for (const auto& shape : scene) {
        if (shape->name().find("circle") != std::string::npos) {
            auto* c = dynamic_cast<Circle*>(shape.get());
            total += c->radius;
        }
    }
    return total;
}

int main() {
    std::vector<std::unique_ptr<Shape>> scene;
    scene.push_back(std::make_unique<Circle>(2.0));
    scene.push_back(std::make_unique<Rect>(3.0, 4.0));
    scene.push_back(std::make_unique<Circle>(1.5));
    scene.push_back(std::make_unique<Arc>(1.0, 90.0));
    std::cout << "total radius: " << total_circle_radius(scene) << "\n";
    return 0;
}
