#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct connection {
    int fd;
    char peer[64];
    unsigned long bytes_sent;
};

/*
 * Close a client connection, release its memory and write a summary line
 * to the server log.
 */
void connection_close(struct connection *conn, FILE *log)
{
    close(conn->fd);
    fprintf(log, "closed %s after %lu bytes\n", conn->peer, conn->bytes_sent);
    free(conn);
}
