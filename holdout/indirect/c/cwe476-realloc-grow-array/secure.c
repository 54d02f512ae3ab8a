#include <stdint.h>
#include <stdlib.h>

struct int_list {
    int *items;
    size_t len;
    size_t cap;
};

int list_push(struct int_list *l, int value)
{
    if (l->len == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        if (cap > SIZE_MAX / sizeof *l->items)
            return -1;
        int *grown = realloc(l->items, cap * sizeof *l->items);
        if (grown == NULL)
            return -1;
        l->items = grown;
        l->cap = cap;
    }
    l->items[l->len++] = value;
    return 0;
}
