#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LINE_MAX_LEN 256

/* Trim leading and trailing whitespace in place and return the start. */
static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    char *end = s + strlen(s);
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r'))
        *--end = '\0';
    return s;
}

/*
 * Read a simple "key = value" configuration file and return a newly
 * allocated copy of the value of `wanted`, or NULL if the key is absent.
 * Lines starting with '#' or ';' are comments.
 */
char *config_get(const char *path, const char *wanted)
{
    FILE *fp = fopen(path, "r");
    if (fp == NULL)
        return NULL;

    char line[LINE_MAX_LEN];
    char *result = NULL;
    while (fgets(line, sizeof line, fp) != NULL) {
        char *p = trim(line);
        if (*p == '\0' || *p == '#' || *p == ';')
            continue;

        char *eq = strchr(p, '=');
        if (eq == NULL)
            continue; /* not a key = value line */
        *eq = '\0';
        char *key = trim(p);
        char *value = trim(eq + 1);

        if (strcmp(key, wanted) == 0) {
            result = strdup(value);
            break;
        }
    }
    fclose(fp);
    return result;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s <file.ini> <key>\n", argv[0]);
        return 2;
    }
    char *value = config_get(argv[1], argv[2]);
    if (value == NULL) {
        printf("%s is not set\n", argv[2]);
        return 1;
    }
    printf("%s = %s\n", argv[2], value);
    free(value);
    return 0;
}
