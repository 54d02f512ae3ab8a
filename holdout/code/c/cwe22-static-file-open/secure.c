#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DOC_ROOT "/var/www/html"

/* Opens the file a GET request names; url_path has been percent-decoded already. */
int open_document(const char *url_path)
{
    char full[4096];
    char resolved[PATH_MAX];
    if (snprintf(full, sizeof full, "%s/%s", DOC_ROOT, url_path) >= (int)sizeof full)
        return -1;
    if (realpath(full, resolved) == NULL)
        return -1;
    if (strncmp(resolved, DOC_ROOT "/", strlen(DOC_ROOT) + 1) != 0)
        return -1;
    return open(resolved, O_RDONLY);
}
