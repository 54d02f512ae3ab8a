// Scene graph helpers of the level editor.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace editor {

struct Node {
    std::string name;
    std::vector<std::unique_ptr<Node>> children;
    virtual ~Node() = default;
};

struct MeshNode : Node {
    std::string mesh_path;
    int material = 0;
};

struct LightNode : Node {
    float intensity = 1.0f;
};

Node* find(Node& root, const std::string& name) {
    if (root.name == name) return &root;
    for (auto& child : root.children)
        if (Node* hit = find(*child, name)) return hit;
    return nullptr;
}

// Invoked from the property panel when the user picks a material for the selected node.
bool assign_material(Node& root, const std::string& selected, int material) {
    Node* node = find(root, selected);
    if (!node) {
        std::cerr << "no node named " << selected << '\n';
        return false;
    }
    auto* mesh = dynamic_cast<MeshNode*>(node);
    if (!mesh) {
        std::cerr << selected << " has no material slot\n";
        return false;
    }
    mesh->material = material;
    std::clog << "material " << material << " -> " << mesh->name << '\n';
    return true;
}

int count_lights(const Node& root) {
    int n = dynamic_cast<const LightNode*>(&root) ? 1 : 0;
    for (const auto& child : root.children) n += count_lights(*child);
    return n;
}

}  // namespace editor
