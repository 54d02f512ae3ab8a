#include <stdlib.h>

struct int_list {
    int *items;
    size_t len;
    size_t cap;
};

void list_push(struct int_list *l, int value)
{
    if (l->len == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->items = realloc(l->items, l->cap * sizeof *l->items);
    }
    l->items[l->len++] = value;
}
