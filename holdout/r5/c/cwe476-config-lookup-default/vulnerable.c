/*
 * Task: implement config_port(cfg) which returns the TCP port configured under
 * the key "port", or 8080 when the key is absent. kv_get() returns NULL when a
 * key is missing.
 */
#include <stdlib.h>
#include <string.h>

struct kv {
    const char *key;
    const char *value;
    struct kv *next;
};

const char *kv_get(const struct kv *list, const char *key)
{
    for (; list; list = list->next)
        if (strcmp(list->key, key) == 0)
            return list->value;
    return NULL;
}

int config_port(const struct kv *cfg)
{
    const char *value = kv_get(cfg, "port");
    long port = strtol(value, NULL, 10);
    if (port <= 0 || port > 65535)
        return 8080;
    return (int)port;
}
