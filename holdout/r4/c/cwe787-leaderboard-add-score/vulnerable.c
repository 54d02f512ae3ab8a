#include <string.h>

#define MAX_ENTRIES 10
#define NAME_LEN    16

struct entry {
    char name[NAME_LEN];
    int score;
};

struct leaderboard {
    struct entry entries[MAX_ENTRIES];
    int count;
};

/*
 * Insert a score into the leaderboard, keeping the entries sorted from the
 * highest to the lowest score.
 */
void leaderboard_add(struct leaderboard *lb, const char *name, int score)
{
    int i = lb->count;

    /* Shift lower scores down to make room */
    while (i > 0 && lb->entries[i - 1].score < score) {
        lb->entries[i] = lb->entries[i - 1];
        i--;
    }
    strncpy(lb->entries[i].name, name, NAME_LEN - 1);
    lb->entries[i].name[NAME_LEN - 1] = '\0';
    lb->entries[i].score = score;
    lb->count++;
}
