#include <stdlib.h>

struct strbuf;
struct strbuf *sb_new(size_t hint);
void sb_free(struct strbuf *sb);
int sb_read_file(struct strbuf *sb, const char *path);
int parse_config_text(const struct strbuf *sb, void *cfg);

int load_config(const char *path, void *cfg)
{
    int rc = 0;
    struct strbuf *sb = sb_new(4096);
    if (sb == NULL)
        return -1;
    if (sb_read_file(sb, path) < 0)
        rc = -1;
    else if (parse_config_text(sb, cfg) < 0)
        rc = -2;
    sb_free(sb);
    return rc;
}
