#include <string.h>

#define PATH_LEN 256

/* Builds "<root>/<user>/<file>" for the mail spool; user and file come from the SMTP session. */
void spool_path(char out[PATH_LEN], const char *root, const char *user, const char *file)
{
    out[0] = '\0';
    strncat(out, root, PATH_LEN);
    strncat(out, "/", PATH_LEN);
    strncat(out, user, PATH_LEN);
    strncat(out, "/", PATH_LEN);
    strncat(out, file, PATH_LEN);
}
