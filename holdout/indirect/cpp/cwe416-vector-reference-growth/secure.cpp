#include <string>
#include <vector>

struct Node {
    std::string name;
    std::vector<std::size_t> children;
};

class Tree {
public:
    std::size_t addChild(std::size_t parent, std::string name)
    {
        nodes_.push_back(Node{std::move(name), {}});
        std::size_t child = nodes_.size() - 1;
        nodes_.at(parent).children.push_back(child);
        return child;
    }

private:
    std::vector<Node> nodes_{Node{"root", {}}};
};
