#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct session {
    char id[33];
    time_t expires;
    struct session *next;
};

/* Allocate a session that expires `ttl` seconds from now and push it on the list. */
struct session *session_add(struct session *head, const char *id, int ttl)
{
    struct session *s = calloc(1, sizeof *s);
    if (s == NULL)
        return head;
    snprintf(s->id, sizeof s->id, "%s", id);
    s->expires = time(NULL) + ttl;
    s->next = head;
    return s;
}

/*
 * Remove and free every session whose expiry time has passed.
 * Returns the (possibly new) head of the list.
 */
struct session *session_purge_expired(struct session *head, time_t now)
{
    struct session *prev = NULL;
    struct session *cur = head;

    while (cur != NULL) {
        struct session *next = cur->next;
        if (cur->expires <= now) {
            if (prev == NULL)
                head = next;
            else
                prev->next = next;
            free(cur);
        } else {
            prev = cur;
        }
        cur = next;
    }
    return head;
}

int main(void)
{
    struct session *list = NULL;
    list = session_add(list, "a1", -10);
    list = session_add(list, "b2", 3600);
    list = session_add(list, "c3", -5);

    list = session_purge_expired(list, time(NULL));
    for (struct session *s = list; s != NULL; s = s->next)
        printf("active: %s\n", s->id);

    while (list != NULL) {
        struct session *next = list->next;
        free(list);
        list = next;
    }
    return 0;
}
