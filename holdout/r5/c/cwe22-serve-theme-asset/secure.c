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

/* --- request handling ------------------------------------------------------ */

static const struct {
    const char *ext;
    const char *type;
} MIME[] = {
    {".css", "text/css"}, {".js", "text/javascript"}, {".png", "image/png"},
    {".svg", "image/svg+xml"}, {".woff2", "font/woff2"},
};

static const char *mime_for(const char *path)
{
    const char *dot = strrchr(path, '.');
    size_t i;
    for (i = 0; dot && i < sizeof MIME / sizeof MIME[0]; i++)
        if (strcmp(dot, MIME[i].ext) == 0)
            return MIME[i].type;
    return "application/octet-stream";
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decodes %XX escapes in place; returns -1 on a malformed escape. */
static int url_decode(char *s)
{
    char *out = s;
    for (; *s; s++) {
        if (*s == '%') {
            int hi = hexval(s[1]), lo = hi < 0 ? -1 : hexval(s[2]);
            if (hi < 0 || lo < 0)
                return -1;
            *out++ = (char)(hi * 16 + lo);
            s += 2;
        } else {
            *out++ = *s;
        }
    }
    *out = '\0';
    return 0;
}

void handle_theme_request(FILE *client, const char *theme_dir, char *url)
{
    char buf[4096];
    size_t n;
    FILE *fp;
    if (strncmp(url, "/theme/", 7) != 0 || url_decode(url + 7) != 0) {
        fputs("HTTP/1.0 400 Bad Request\r\n\r\n", client);
        return;
    }
    fp = open_asset(theme_dir, url + 7);
    if (!fp) {
        fputs("HTTP/1.0 404 Not Found\r\n\r\n", client);
        return;
    }
    fprintf(client, "HTTP/1.0 200 OK\r\nContent-Type: %s\r\n\r\n", mime_for(url));
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
        fwrite(buf, 1, n, client);
    fclose(fp);
}
