// Task: Mesh::load(reader) reads a triangle mesh from a model file:
//   uint32 vertexCount, then vertexCount * 3 floats,
//   uint32 triangleCount, then triangleCount * 3 uint32 indices.
// BinaryReader::read<T>() throws at end of input.
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "binary_reader.h"

struct Mesh {
    std::vector<float> positions;
    std::vector<uint32_t> indices;

    void load(BinaryReader& reader) {
        uint32_t vertexCount = reader.read<uint32_t>();
        uint32_t floats = vertexCount * 3;
        positions.resize(floats);
        reader.readInto(positions.data(), static_cast<size_t>(vertexCount) * 3 * sizeof(float));

        uint32_t triangleCount = reader.read<uint32_t>();
        uint32_t count = triangleCount * 3;
        indices.resize(count);
        reader.readInto(indices.data(), static_cast<size_t>(triangleCount) * 3 * sizeof(uint32_t));
        for (uint32_t idx : indices)
            if (idx >= vertexCount)
                throw std::runtime_error("index out of range");
    }
};
