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

/* --- wiring: the event loop calls these ------------------------------------ */

struct session *session_open(struct room *r, int fd, const char *nick)
{
    struct session *s;
    if (r->n >= 64)
        return NULL;
    s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->fd = fd;
    snprintf(s->nick, sizeof s->nick, "%s", nick);
    s->room = r;
    r->members[r->n++] = s;
    return s;
}

void session_input(struct session *s, const char *line)
{
    char msg[128];
    if (strcmp(line, "/quit") == 0) {
        session_close(s);
        return;
    }
    snprintf(msg, sizeof msg, "<%s> %s", s->nick, line);
    room_broadcast(s->room, msg);
}

void room_shutdown(struct room *r)
{
    while (r->n > 0)
        session_close(r->members[r->n - 1]);
}

int main(void)
{
    struct room lobby = {0};
    struct session *a = session_open(&lobby, 1, "ann");
    struct session *b = session_open(&lobby, 1, "bob");
    if (!a || !b)
        return 1;
    session_input(a, "hello");
    session_input(b, "/quit");
    room_shutdown(&lobby);
    return 0;
}
