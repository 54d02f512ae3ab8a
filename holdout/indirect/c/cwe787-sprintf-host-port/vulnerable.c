#include <stdio.h>

struct upstream {
    char addr[64];
};

/* host comes from the "upstream" line of a config file that tenants can edit. */
void set_upstream(struct upstream *u, const char *host, int port)
{
    sprintf(u->addr, "%s:%d", host, port);
}
