#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Returns a newly allocated path to the user's configuration file. */
char *config_path(const char *app)
{
    const char *home = getenv("HOME");
    if (home == NULL || *home == '\0')
        return NULL;
    size_t n = strlen(home) + strlen(app) + 16;
    char *path = malloc(n);
    if (path == NULL)
        return NULL;
    snprintf(path, n, "%s/.config/%s.ini", home, app);
    return path;
}
