#include <stdlib.h>
#include <time.h>

static const char HEX[] = "0123456789abcdef";

/* Fills out with a 32-character session identifier and a terminating NUL. */
void new_session_id(char out[33])
{
    static int seeded;
    if (!seeded) {
        srand((unsigned)time(NULL));
        seeded = 1;
    }
    for (int i = 0; i < 32; i++)
        out[i] = HEX[rand() % 16];
    out[32] = '\0';
}
