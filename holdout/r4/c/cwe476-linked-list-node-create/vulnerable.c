#include <stdlib.h>
#include <string.h>

struct task {
    char *title;
    int priority;
    struct task *next;
};

/*
 * Allocate a new task with a copy of `title` and push it on the front of
 * the list. Returns the new head of the list.
 */
struct task *task_push(struct task *head, const char *title, int priority)
{
    struct task *t = malloc(sizeof *t);
    t->title = strdup(title);
    t->priority = priority;
    t->next = head;
    return t;
}
