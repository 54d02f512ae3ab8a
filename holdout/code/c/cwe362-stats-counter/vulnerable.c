#include <pthread.h>
#include <stdint.h>

struct stats {
    uint64_t requests;
    uint64_t bytes;
};

static struct stats g_stats;

/* Called by every worker thread after it has answered a request. */
void stats_record(uint64_t bytes_sent)
{
    g_stats.requests++;
    g_stats.bytes += bytes_sent;
}

struct stats stats_snapshot(void)
{
    return g_stats;
}
