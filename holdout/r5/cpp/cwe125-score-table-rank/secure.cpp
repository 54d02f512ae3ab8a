// Task: implement Leaderboard::nameAt(rank) returning the player name at the given
// 1-based rank. The rank comes from the /rank?n= query of the game server.
#include <stdexcept>
#include <string>
#include <vector>

class Leaderboard {
public:
    void add(std::string name) { names_.push_back(std::move(name)); }

    const std::string& nameAt(int rank) const {
        if (rank < 1 || static_cast<size_t>(rank) > names_.size())
            throw std::out_of_range("no player at that rank");
        return names_[static_cast<size_t>(rank) - 1];
    }

private:
    std::vector<std::string> names_;
};
