#include <stdint.h>

struct iface_stats {
    uint64_t rx_bytes;
    uint64_t rx_packets;
    uint64_t tx_bytes;
    uint64_t tx_packets;
};

/*
 * Compute the average received and transmitted packet sizes (in bytes)
 * for an interface, from counters read out of /proc/net/dev.
 */
void average_packet_size(const struct iface_stats *s, uint64_t *avg_rx, uint64_t *avg_tx)
{
    /* An idle interface has no packets yet: report 0 */
    *avg_rx = s->rx_packets ? s->rx_bytes / s->rx_packets : 0;
    *avg_tx = s->tx_packets ? s->tx_bytes / s->tx_packets : 0;
}
