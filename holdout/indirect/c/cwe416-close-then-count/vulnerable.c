#include <stdlib.h>
#include <unistd.h>

struct conn {
    int fd;
    unsigned long bytes_in;
    struct server *srv;
};

struct server {
    unsigned long closed;
    unsigned long bytes_total;
};

static void conn_close(struct conn *c)
{
    close(c->fd);
    free(c);
}

/* Called by the event loop when a peer hangs up. */
void on_hangup(struct conn *c)
{
    conn_close(c);
    c->srv->closed++;
    c->srv->bytes_total += c->bytes_in;
}
