#include <stdlib.h>
#include <string.h>

struct point3 {
    float x, y, z;
};

/* count comes from the vertex section header of a mesh file. */
struct point3 *read_vertices(const unsigned char *data, int count)
{
    int total = count * (int)sizeof(struct point3);
    struct point3 *v = malloc(total);
    if (v == NULL)
        return NULL;
    for (int i = 0; i < count; i++)
        memcpy(&v[i], data + i * sizeof(struct point3), sizeof(struct point3));
    return v;
}
