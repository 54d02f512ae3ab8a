/* Reader for the game's resource pack: a directory of (offset, size) entries, then the data. */
#include <stdint.h>
#include <string.h>

#define PACK_MAGIC 0x4b434150u /* "PACK" */

struct pack {
	const uint8_t *base;
	size_t         len;
	uint32_t       nentries;
	const uint8_t *dir;
};

struct pack_entry {
	char     name[24];
	uint32_t offset;
	uint32_t size;
};

static uint32_t rd32(const uint8_t *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }

int pack_open(struct pack *pk, const uint8_t *data, size_t len)
{
	if (len < 8 || rd32(data) != PACK_MAGIC)
		return -1;
	pk->base = data;
	pk->len = len;
	pk->nentries = rd32(data + 4);
	pk->dir = data + 8;
	if (pk->nentries > (len - 8) / 32)
		return -1;
	return 0;
}

static void read_entry(const struct pack *pk, uint32_t i, struct pack_entry *e)
{
	const uint8_t *p = pk->dir + (size_t)i * 32;
	memcpy(e->name, p, sizeof(e->name));
	e->name[sizeof(e->name) - 1] = '\0';
	e->offset = rd32(p + 24);
	e->size = rd32(p + 28);
}

/* Finds name and returns a pointer to its bytes, or NULL. */
const uint8_t *pack_find(const struct pack *pk, const char *name, uint32_t *size)
{
	struct pack_entry e;

	for (uint32_t i = 0; i < pk->nentries; i++) {
		read_entry(pk, i, &e);
		if (strcmp(e.name, name) != 0)
			continue;
		if (e.offset + e.size > pk->len)
			return NULL;
		*size = e.size;
		return pk->base + e.offset;
	}
	return NULL;
}
