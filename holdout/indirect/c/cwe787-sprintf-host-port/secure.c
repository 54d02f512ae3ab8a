#include <stdio.h>

struct upstream {
    char addr[64];
};

/* host comes from the "upstream" line of a config file that tenants can edit. */
int set_upstream(struct upstream *u, const char *host, int port)
{
    int n = snprintf(u->addr, sizeof u->addr, "%s:%d", host, port);
    return (n < 0 || (size_t)n >= sizeof u->addr) ? -1 : 0;
}
