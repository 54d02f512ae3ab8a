#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define DOC_ROOT "/var/www/html"
#define PATH_MAX_LEN 1024

/*
 * Map the path of an HTTP request (e.g. "/images/logo.png") to a file under
 * the document root and open it for reading. Directories get index.html.
 * Returns the open FILE or NULL if there is no such file.
 */
FILE *open_requested_file(const char *request_path)
{
    char full[PATH_MAX_LEN];
    struct stat st;

    if (request_path[0] != '/')
        return NULL;
    /* Refuse any ".." segment so the path cannot climb above the root */
    for (const char *p = request_path; (p = strstr(p, "..")) != NULL; p += 2) {
        if (p[-1] == '/' && (p[2] == '/' || p[2] == '\0'))
            return NULL;
    }
    if (snprintf(full, sizeof full, "%s%s", DOC_ROOT, request_path) >= (int)sizeof full)
        return NULL;

    if (stat(full, &st) == 0 && S_ISDIR(st.st_mode)) {
        size_t len = strlen(full);
        if (len + sizeof "/index.html" > sizeof full)
            return NULL;
        strcat(full, "/index.html");
    }
    return fopen(full, "rb");
}
