#include <sqlite3.h>
#include <string>
#include <vector>

class NoteStore {
public:
    explicit NoteStore(sqlite3 *db) : db_(db) {}

    std::vector<std::string> search(const std::string &owner, const std::string &term)
    {
        std::vector<std::string> titles;
        std::string sql = "SELECT title FROM notes WHERE owner = '" + owner +
                          "' AND body LIKE '%" + term + "%'";
        sqlite3_exec(db_, sql.c_str(), collect, &titles, nullptr);
        return titles;
    }

private:
    static int collect(void *out, int, char **values, char **)
    {
        static_cast<std::vector<std::string> *>(out)->emplace_back(values[0] ? values[0] : "");
        return 0;
    }

    sqlite3 *db_;
};
