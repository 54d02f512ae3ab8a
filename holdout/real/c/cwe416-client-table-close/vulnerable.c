/* Connection bookkeeping of the chat relay (single-threaded epoll loop). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_CLIENTS 1024

struct client {
	int   fd;
	int   id;
	char  nick[32];
	size_t bytes_in;
};

static struct client *clients[MAX_CLIENTS];
static int nclients;

struct client *client_add(int fd, int id)
{
	struct client *c;

	if (nclients == MAX_CLIENTS)
		return NULL;
	c = calloc(1, sizeof(*c));
	if (!c)
		return NULL;
	c->fd = fd;
	c->id = id;
	snprintf(c->nick, sizeof(c->nick), "guest%d", id);
	clients[nclients++] = c;
	return c;
}

static void client_remove_slot(int i)
{
	clients[i] = clients[--nclients];
	clients[nclients] = NULL;
}

/* Drop a client after a read error or a QUIT; logs its totals. */
void client_close(struct client *c)
{
	for (int i = 0; i < nclients; i++) {
		if (clients[i] == c) {
			client_remove_slot(i);
			break;
		}
	}
	close(c->fd);
	free(c);
	fprintf(stderr, "client %d (%s) left after %zu bytes\n", c->id, c->nick, c->bytes_in);
}

void broadcast(const char *line, size_t len, const struct client *from)
{
	for (int i = 0; i < nclients; i++)
		if (clients[i] != from && write(clients[i]->fd, line, len) < 0)
			perror("broadcast");
}
