/*
 * Task: count_matching(path, word) returns how many lines of the file contain
 * `word`, or -1 if the file cannot be read. Lines are read with getline().
 * The function is called once per request by the log search daemon.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long count_matching(const char *path, const char *word)
{
    FILE *fp = fopen(path, "r");
    char *line = NULL;
    size_t cap = 0;
    long hits = 0;
    if (!fp)
        return -1;
    while (getline(&line, &cap, fp) != -1) {
        if (strstr(line, word))
            hits++;
    }
    free(line);
    fclose(fp);
    return hits;
}
