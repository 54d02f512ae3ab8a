#include <iostream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

// Resize an uploaded image to a thumbnail using ImageMagick's `convert`.
// Returns true when the thumbnail was written.
bool make_thumbnail(const std::string& input_path, const std::string& output_path, int max_side) {
    std::string geometry = std::to_string(max_side) + "x" + std::to_string(max_side);
    pid_t pid = fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        // Arguments go straight to the program, no shell in between
        execlp("convert", "convert", input_path.c_str(), "-resize", geometry.c_str(), output_path.c_str(),
               static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) < 0)
        return false;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
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
