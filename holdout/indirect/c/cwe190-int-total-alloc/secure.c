#include <stdlib.h>
#include <string.h>

#define MAX_VERTICES (1 << 24)

struct point3 {
    float x, y, z;
};

/* count comes from the vertex section header of a mesh file. */
struct point3 *read_vertices(const unsigned char *data, int count)
{
    if (count <= 0 || count > MAX_VERTICES)
        return NULL;
    struct point3 *v = calloc((size_t)count, sizeof(struct point3));
    if (v == NULL)
        return NULL;
    for (int i = 0; i < count; i++)
        memcpy(&v[i], data + (size_t)i * sizeof(struct point3), sizeof(struct point3));
    return v;
}
