#include <stdint.h>
#include <stdio.h>

struct summary {
    uint32_t count;
    uint64_t total_ms;
};

/* Prints the mean latency from a summary block read from a stats file. */
void print_mean(FILE *out, const struct summary *s)
{
    if (s->count == 0) {
        fprintf(out, "samples=0 mean=n/a\n");
        return;
    }
    uint64_t mean = s->total_ms / s->count;
    fprintf(out, "samples=%u mean=%llums\n", s->count, (unsigned long long)mean);
}
