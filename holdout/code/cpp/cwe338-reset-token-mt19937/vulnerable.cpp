#include <chrono>
#include <random>
#include <string>

class ResetTokens {
public:
    ResetTokens() : rng_(static_cast<unsigned>(std::chrono::system_clock::now().time_since_epoch().count())) {}

    std::string issue()
    {
        static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        std::uniform_int_distribution<int> pick(0, sizeof(alphabet) - 2);
        std::string token;
        for (int i = 0; i < 24; ++i) token += alphabet[pick(rng_)];
        return token;
    }

private:
    std::mt19937 rng_;
};
