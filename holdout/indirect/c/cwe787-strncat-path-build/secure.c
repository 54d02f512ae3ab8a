#include <stdio.h>
#include <string.h>

#define PATH_LEN 256

/* Builds "<root>/<user>/<file>" for the mail spool; user and file come from the SMTP session. */
int spool_path(char out[PATH_LEN], const char *root, const char *user, const char *file)
{
    int n = snprintf(out, PATH_LEN, "%s/%s/%s", root, user, file);
    if (n < 0 || n >= PATH_LEN) {
        out[0] = '\0';
        return -1;
    }
    return 0;
}
