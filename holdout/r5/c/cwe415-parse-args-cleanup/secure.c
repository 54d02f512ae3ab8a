/*
 * Task: load_profile(path) reads "name=<x>" and "home=<y>" lines from a profile
 * file into a struct profile with heap-allocated strings. On any error free
 * everything and return NULL.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct profile {
    char *name;
    char *home;
};

void profile_free(struct profile *p)
{
    if (!p)
        return;
    free(p->name);
    free(p->home);
    free(p);
}

struct profile *load_profile(const char *path)
{
    char line[256];
    struct profile *p = calloc(1, sizeof *p);
    FILE *fp = fopen(path, "r");
    if (!p || !fp)
        goto fail;
    while (fgets(line, sizeof line, fp)) {
        line[strcspn(line, "\n")] = '\0';
        if (strncmp(line, "name=", 5) == 0) {
            free(p->name);
            p->name = strdup(line + 5);
        } else if (strncmp(line, "home=", 5) == 0) {
            free(p->home);
            p->home = strdup(line + 5);
        }
    }
    if (!p->name || !p->home)
        goto fail;
    fclose(fp);
    return p;
fail:
    if (fp)
        fclose(fp);
    profile_free(p);
    return NULL;
}
