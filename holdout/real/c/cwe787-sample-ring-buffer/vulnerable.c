/* Bounded ring of audio sample blocks between the capture ISR and the encoder task. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define RING_SLOTS   32
#define BLOCK_WORDS  128

struct sample_block {
	uint32_t seq;
	int16_t  pcm[BLOCK_WORDS];
};

struct sample_ring {
	struct sample_block slots[RING_SLOTS];
	volatile unsigned   head;   /* next slot to write */
	volatile unsigned   tail;   /* next slot to read */
	unsigned            dropped;
};

void ring_init(struct sample_ring *r)
{
	memset(r, 0, sizeof(*r));
}

static unsigned ring_next(unsigned i)
{
	i++;
	if (i > RING_SLOTS)
		i = 0;
	return i;
}

bool ring_empty(const struct sample_ring *r)
{
	return r->head == r->tail;
}

/* Called from the capture interrupt with one block of samples. */
bool ring_push(struct sample_ring *r, uint32_t seq, const int16_t *pcm)
{
	unsigned next = ring_next(r->head);

	if (next == r->tail) {
		r->dropped++;
		return false;
	}
	r->slots[r->head].seq = seq;
	memcpy(r->slots[r->head].pcm, pcm, sizeof(r->slots[0].pcm));
	r->head = next;
	return true;
}

bool ring_pop(struct sample_ring *r, struct sample_block *out)
{
	if (ring_empty(r))
		return false;
	*out = r->slots[r->tail];
	r->tail = ring_next(r->tail);
	return true;
}
