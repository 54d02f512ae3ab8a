/*
 * Chat server sessions.
 *
 * session_close(s) releases a session and tells the room that the user left.
 * The room keeps a pointer to each member session; room_remove() unlinks it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct session {
    int fd;
    char nick[32];
    struct room *room;
};

struct room {
    struct session *members[64];
    int n;
};

static void room_remove(struct room *r, struct session *s)
{
    int i;
    for (i = 0; i < r->n; i++) {
        if (r->members[i] == s) {
            r->members[i] = r->members[--r->n];
            return;
        }
    }
}

static void room_broadcast(struct room *r, const char *msg)
{
    int i;
    for (i = 0; i < r->n; i++)
        dprintf(r->members[i]->fd, "%s\n", msg);
}

void session_close(struct session *s)
{
    struct room *r = s->room;
    char msg[64];
    room_remove(r, s);
    snprintf(msg, sizeof msg, "* %s left", s->nick);
    free(s);
    room_broadcast(r, msg);
}
