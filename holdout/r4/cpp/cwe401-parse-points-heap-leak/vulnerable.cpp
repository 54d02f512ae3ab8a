#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

struct Point {
    double x, y;
};

// Parse "x,y" pairs separated by semicolons, e.g. "1,2;3.5,4;-1,0".
// Throws std::invalid_argument on a malformed pair.
std::vector<Point> parse_points(const std::string& text) {
    std::vector<Point> points;
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, ';')) {
        Point* p = new Point;
        auto comma = item.find(',');
        if (comma == std::string::npos)
            throw std::invalid_argument("missing comma in '" + item + "'");
        p->x = std::stod(item.substr(0, comma));
        p->y = std::stod(item.substr(comma + 1));
        points.push_back(*p);
    }
    return points;
}
