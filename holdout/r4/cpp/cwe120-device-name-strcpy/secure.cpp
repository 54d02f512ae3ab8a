#include <cstring>
#include <string>

// Legacy C API of the audio driver expects a device descriptor with a 64-byte name field.
struct audio_device_desc {
    char name[64];
    int sample_rate;
    int channels;
};

extern "C" int audio_open(const audio_device_desc* desc);

class AudioOutput {
public:
    // Open the output device the user picked in the settings dialog.
    bool open(const std::string& device_name, int sample_rate = 48000, int channels = 2) {
        audio_device_desc desc{};
        if (device_name.size() >= sizeof desc.name)
            return false;
        std::memcpy(desc.name, device_name.c_str(), device_name.size() + 1);
        desc.sample_rate = sample_rate;
        desc.channels = channels;
        handle_ = audio_open(&desc);
        return handle_ >= 0;
    }

private:
    int handle_ = -1;
};
