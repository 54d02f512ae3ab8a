#include <stdlib.h>
#include <time.h>

struct session {
    int fd;
    time_t last_seen;
    struct session *next;
};

/* Drops sessions idle for longer than max_idle seconds; returns how many were dropped. */
int reap_idle(struct session **head, time_t now, time_t max_idle)
{
    int dropped = 0;
    struct session **link = head;
    for (struct session *s = *head; s != NULL; s = s->next) {
        if (now - s->last_seen > max_idle) {
            *link = s->next;
            free(s);
            dropped++;
        } else {
            link = &s->next;
        }
    }
    return dropped;
}
