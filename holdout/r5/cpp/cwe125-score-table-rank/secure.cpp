// Task: implement Leaderboard::nameAt(rank) returning the player name at the given
// 1-based rank. The rank comes from the /rank?n= query of the game server.
#include <exception>
#include <iostream>
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

// Minimal request glue: "/rank?n=3" -> "3. carol"
std::string handleRankRequest(const Leaderboard& board, const std::string& query) {
    const std::string key = "n=";
    const auto pos = query.find(key);
    if (pos == std::string::npos)
        return "missing n";
    int rank = 0;
    try {
        rank = std::stoi(query.substr(pos + key.size()));
    } catch (const std::exception&) {
        return "bad n";
    }
    return std::to_string(rank) + ". " + board.nameAt(rank);
}

int main() {
    Leaderboard board;
    for (const char* name : {"alice", "bob", "carol"})
        board.add(name);
    std::cout << handleRankRequest(board, "n=3") << '\n';
}
