#include <pthread.h>
#include <stdint.h>

struct stats {
    uint64_t requests;
    uint64_t bytes;
};

static struct stats g_stats;
static pthread_mutex_t g_stats_lock = PTHREAD_MUTEX_INITIALIZER;

/* Called by every worker thread after it has answered a request. */
void stats_record(uint64_t bytes_sent)
{
    pthread_mutex_lock(&g_stats_lock);
    g_stats.requests++;
    g_stats.bytes += bytes_sent;
    pthread_mutex_unlock(&g_stats_lock);
}

struct stats stats_snapshot(void)
{
    pthread_mutex_lock(&g_stats_lock);
    struct stats copy = g_stats;
    pthread_mutex_unlock(&g_stats_lock);
    return copy;
}
