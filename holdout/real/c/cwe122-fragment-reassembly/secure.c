/* Reassembles fragmented telemetry datagrams before they are handed to the decoder. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DATAGRAM 65535

struct frag_hdr {
	uint16_t id;
	uint16_t total_len;   /* length of the whole datagram */
	uint16_t offset;      /* where this fragment's bytes go */
	uint16_t frag_len;    /* bytes following this header */
};

struct reasm {
	uint16_t id;
	uint16_t total_len;
	uint32_t received;
	uint8_t *data;
};

int reasm_start(struct reasm *r, const struct frag_hdr *h)
{
	r->data = malloc(h->total_len);
	if (!r->data)
		return -1;
	r->id = h->id;
	r->total_len = h->total_len;
	r->received = 0;
	return 0;
}

/* Returns 1 when the datagram is complete, 0 when more is needed, -1 on error. */
int reasm_add(struct reasm *r, const struct frag_hdr *h, const uint8_t *payload)
{
	if (h->id != r->id)
		return -1;
	if ((uint32_t)h->offset + h->frag_len > r->total_len)
		return -1;
	memcpy(r->data + h->offset, payload, h->frag_len);
	r->received += h->frag_len;
	return r->received >= r->total_len;
}

void reasm_free(struct reasm *r)
{
	free(r->data);
	r->data = NULL;
	r->received = 0;
}

int reasm_feed(struct reasm *r, const uint8_t *pkt, size_t len)
{
	struct frag_hdr h;

	if (len < sizeof(h))
		return -1;
	memcpy(&h, pkt, sizeof(h));
	if (len - sizeof(h) < h.frag_len)
		return -1;
	if (!r->data && reasm_start(r, &h) != 0)
		return -1;
	return reasm_add(r, &h, pkt + sizeof(h));
}
