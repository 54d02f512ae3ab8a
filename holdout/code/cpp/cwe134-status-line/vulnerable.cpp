#include <cstdio>
#include <string>

class StatusBar {
public:
    // text is the title of the track the media player is currently playing.
    void show(const std::string &text)
    {
        char line[80];
        std::snprintf(line, sizeof line, text.c_str());
        std::fputs(line, stdout);
        std::fputc('\r', stdout);
        std::fflush(stdout);
    }
};
