/* Session handling of the RADIUS-like auth proxy: timers fire callbacks that may end a session. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

struct session {
	uint32_t        id;
	time_t          last_seen;
	int             retries;
	struct session *next;
};

static struct session *sessions;

static void session_unlink(struct session *s)
{
	struct session **pp = &sessions;
	while (*pp && *pp != s)
		pp = &(*pp)->next;
	if (*pp)
		*pp = s->next;
}

static void session_destroy(struct session *s)
{
	session_unlink(s);
	free(s);
}

/* Returns 1 when the session was ended. */
static int on_timeout(struct session *s, time_t now)
{
	if (now - s->last_seen < 30)
		return 0;
	if (++s->retries > 3) {
		fprintf(stderr, "session %u expired\n", s->id);
		session_destroy(s);
		return 1;
	}
	s->last_seen = now;
	return 0;
}

void sessions_tick(time_t now)
{
	struct session *s = sessions;

	while (s) {
		on_timeout(s, now);
		s = s->next;
	}
}

struct session *session_new(uint32_t id)
{
	struct session *s = calloc(1, sizeof(*s));
	if (!s)
		return NULL;
	s->id = id;
	s->last_seen = time(NULL);
	s->next = sessions;
	sessions = s;
	return s;
}
