#include <ctype.h>
#include <stdlib.h>

#define MAX_DEPTH 64

struct node {
    int is_list;
    long value;
    struct node *child, *next;
};

/* Parses s-expressions such as "(1 (2 3) 4)" received from a client. */
struct node *parse(const char **p, int depth)
{
    if (depth > MAX_DEPTH)
        return NULL;
    while (isspace((unsigned char)**p))
        (*p)++;
    struct node *n = calloc(1, sizeof *n);
    if (n == NULL)
        return NULL;
    if (**p == '(') {
        (*p)++;
        n->is_list = 1;
        struct node **tail = &n->child;
        while (**p && **p != ')') {
            *tail = parse(p, depth + 1);
            if (*tail == NULL)
                return NULL;
            tail = &(*tail)->next;
            while (isspace((unsigned char)**p))
                (*p)++;
        }
        if (**p == ')')
            (*p)++;
    } else {
        n->value = strtol(*p, (char **)p, 10);
    }
    return n;
}
