#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Counts the non-comment lines of a file; returns -1 on error. */
long count_entries(const char *path)
{
    size_t cap = 4096;
    char *line = malloc(cap);
    if (line == NULL)
        return -1;
    FILE *fp = fopen(path, "r");
    if (fp == NULL)
        return -1;
    long n = 0;
    while (fgets(line, (int)cap, fp) != NULL) {
        if (line[0] != '#' && line[0] != '\n')
            n++;
    }
    fclose(fp);
    free(line);
    return n;
}
