#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>

#define PAYLOAD_BUF_SIZE 512

struct packet {
    uint16_t type;
    uint16_t length;
    uint8_t *payload;
};

/*
 * Decode one message received from the socket into a packet structure.
 * Wire format: uint16 type, uint16 payload length (network order), payload.
 * Returns 0 on success, -1 on error.
 */
int packet_decode(const uint8_t *data, size_t data_len, struct packet *pkt)
{
    if (data_len < 4)
        return -1;

    uint16_t type, length;
    memcpy(&type, data, 2);
    memcpy(&length, data + 2, 2);
    pkt->type = ntohs(type);
    pkt->length = ntohs(length);

    pkt->payload = malloc(PAYLOAD_BUF_SIZE);
    if (pkt->payload == NULL)
        return -1;
    memcpy(pkt->payload, data + 4, pkt->length);
    return 0;
}
