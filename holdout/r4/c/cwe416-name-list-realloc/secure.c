#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct name_list {
    char **items;
    size_t count;
    size_t capacity;
};

/* Append a copy of `name`, growing the array when it is full. Returns 0 on success. */
static int list_append(struct name_list *list, const char *name)
{
    if (list->count == list->capacity) {
        size_t new_cap = list->capacity ? list->capacity * 2 : 4;
        char **grown = realloc(list->items, new_cap * sizeof *grown);
        if (grown == NULL)
            return -1;
        list->items = grown;
        list->capacity = new_cap;
    }
    list->items[list->count] = strdup(name);
    if (list->items[list->count] == NULL)
        return -1;
    list->count++;
    return 0;
}

/*
 * Read one name per line from stdin and print them, marking the first one
 * as the list's owner.
 */
int main(void)
{
    struct name_list list = { NULL, 0, 0 };
    char line[256];
    size_t owner = (size_t)-1; /* index, since the array may move when it grows */

    while (fgets(line, sizeof line, stdin) != NULL) {
        line[strcspn(line, "\n")] = '\0';
        if (line[0] == '\0')
            continue;
        if (list_append(&list, line) != 0)
            break;
        if (owner == (size_t)-1)
            owner = 0;
    }

    if (owner != (size_t)-1)
        printf("owner: %s\n", list.items[owner]);
    for (size_t i = 0; i < list.count; i++) {
        printf("member: %s\n", list.items[i]);
        free(list.items[i]);
    }
    free(list.items);
    return 0;
}
