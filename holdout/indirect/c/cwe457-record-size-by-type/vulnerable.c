#include <stdint.h>
#include <string.h>

enum { REC_U32 = 1, REC_U64 = 2, REC_F64 = 3 };

/* Copies the value of one typed record from a telemetry packet into out (8 bytes). */
int copy_value(uint8_t type, const uint8_t *payload, uint8_t out[8])
{
    size_t n;
    if (type == REC_U32)
        n = 4;
    else if (type == REC_U64 || type == REC_F64)
        n = 8;
    memset(out, 0, 8);
    memcpy(out, payload, n);
    return (int)n;
}
