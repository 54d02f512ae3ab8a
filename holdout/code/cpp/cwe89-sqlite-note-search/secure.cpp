#include <sqlite3.h>
#include <string>
#include <vector>

class NoteStore {
public:
    explicit NoteStore(sqlite3 *db) : db_(db) {}

    std::vector<std::string> search(const std::string &owner, const std::string &term)
    {
        std::vector<std::string> titles;
        sqlite3_stmt *stmt = nullptr;
        const char *sql = "SELECT title FROM notes WHERE owner = ?1 AND body LIKE '%' || ?2 || '%'";
        if (sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr) != SQLITE_OK) return titles;
        sqlite3_bind_text(stmt, 1, owner.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, term.c_str(), -1, SQLITE_TRANSIENT);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            titles.emplace_back(text ? text : "");
        }
        sqlite3_finalize(stmt);
        return titles;
    }

private:
    sqlite3 *db_;
};
