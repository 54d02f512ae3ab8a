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
        Node &p = nodes_[parent];
        nodes_.push_back(Node{std::move(name), {}});
        p.children.push_back(nodes_.size() - 1);
        return nodes_.size() - 1;
    }

private:
    std::vector<Node> nodes_{Node{"root", {}}};
};
