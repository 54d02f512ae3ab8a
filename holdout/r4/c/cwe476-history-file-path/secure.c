#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HISTORY_NAME "/.mycli_history"

/*
 * Append a command to the user's history file (~/.mycli_history).
 * Returns 0 on success, -1 on error.
 */
int history_append(const char *command)
{
    const char *home = getenv("HOME");
    if (home == NULL || home[0] == '\0')
        return -1; /* no home directory: nothing to record to */
    size_t len = strlen(home) + strlen(HISTORY_NAME) + 1;
    char *path = malloc(len);
    if (path == NULL)
        return -1;
    snprintf(path, len, "%s%s", home, HISTORY_NAME);

    FILE *fp = fopen(path, "a");
    free(path);
    if (fp == NULL)
        return -1;
    fprintf(fp, "%s\n", command);
    fclose(fp);
    return 0;
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (history_append(argv[i]) != 0) {
            fprintf(stderr, "could not record '%s'\n", argv[i]);
            return 1;
        }
    }
    return 0;
}
