#include <stdlib.h>

struct entry {
    char *key;
    long value;
    struct entry *next;
};

struct entry *table_unlink(void *table, const char *key);

/* Removes key from the cache table and returns the value it held, or -1. */
long cache_take(void *table, const char *key)
{
    struct entry *e = table_unlink(table, key);
    if (e == NULL)
        return -1;
    long value = e->value;
    free(e->key);
    free(e);
    return value;
}
