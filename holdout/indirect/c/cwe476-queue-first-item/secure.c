#include <stddef.h>

struct job {
    int id;
    int priority;
    struct job *next;
};

struct queue {
    struct job *head;
    size_t len;
};

static struct job *queue_peek(const struct queue *q)
{
    return q->head;
}

/* Reports the id of the next job to the status page, or -1 when the queue is empty. */
int next_job_id(const struct queue *q)
{
    const struct job *j = queue_peek(q);
    return j != NULL ? j->id : -1;
}
