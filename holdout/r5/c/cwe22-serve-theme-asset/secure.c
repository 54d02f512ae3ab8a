/*
 * Tiny embedded HTTP server: serve files of the active theme.
 *
 * open_asset(theme_dir, request_path) returns an open FILE* for
 * theme_dir/request_path, or NULL. request_path is the URL path after
 * "/theme/", already percent-decoded, e.g. "css/main.css".
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

FILE *open_asset(const char *theme_dir, const char *request_path)
{
    char path[PATH_MAX], real[PATH_MAX], root[PATH_MAX];
    size_t rlen;
    int n = snprintf(path, sizeof path, "%s/%s", theme_dir, request_path);
    if (n < 0 || (size_t)n >= sizeof path)
        return NULL;
    if (!realpath(theme_dir, root) || !realpath(path, real))
        return NULL;
    rlen = strlen(root);
    if (strncmp(real, root, rlen) != 0 || real[rlen] != '/')
        return NULL;
    return fopen(real, "rb");
}
