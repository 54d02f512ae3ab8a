#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define DOC_ROOT "/var/www/html"

/* Opens the file a GET request names; url_path has been percent-decoded already. */
int open_document(const char *url_path)
{
    char full[4096];
    if (snprintf(full, sizeof full, "%s/%s", DOC_ROOT, url_path) >= (int)sizeof full)
        return -1;
    return open(full, O_RDONLY);
}
