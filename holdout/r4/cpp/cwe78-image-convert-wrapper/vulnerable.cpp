#include <cstdlib>
#include <iostream>
#include <string>

// Resize an uploaded image to a thumbnail using ImageMagick's `convert`.
// Returns true when the thumbnail was written.
bool make_thumbnail(const std::string& input_path, const std::string& output_path, int max_side) {
    std::string cmd = "convert '" + input_path + "' -resize " + std::to_string(max_side) + "x" +
                      std::to_string(max_side) + " '" + output_path + "'";
    int rc = std::system(cmd.c_str());
    return rc == 0;
}

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: " << argv[0] << " <input> <output>\n";
        return 2;
    }
    if (!make_thumbnail(argv[1], argv[2], 256)) {
        std::cerr << "convert failed\n";
        return 1;
    }
    std::cout << "thumbnail written to " << argv[2] << "\n";
    return 0;
}
