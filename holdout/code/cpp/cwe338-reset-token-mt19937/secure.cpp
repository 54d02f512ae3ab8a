#include <openssl/rand.h>
#include <stdexcept>
#include <string>

class ResetTokens {
public:
    std::string issue()
    {
        static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        unsigned char raw[24];
        if (RAND_bytes(raw, sizeof raw) != 1) throw std::runtime_error("no randomness");
        std::string token;
        for (unsigned char b : raw) token += alphabet[b % 32];
        return token;
    }
};
