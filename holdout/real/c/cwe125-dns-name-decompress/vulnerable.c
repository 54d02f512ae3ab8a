/* Minimal DNS response reader used by the resolver's cache warmer. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define DNS_MAX_NAME   255
#define DNS_MAX_JUMPS  16

struct dns_msg {
	const uint8_t *data;
	size_t         len;
};

/*
 * Expand the (possibly compressed) name at *off into out as dotted text.
 * On success *off points past the name in the original position.
 */
int dns_read_name(const struct dns_msg *m, size_t *off, char *out, size_t outlen)
{
	size_t pos = *off, n = 0;
	int jumped = 0, jumps = 0;

	if (outlen == 0)
		return -1;
	for (;;) {
		if (pos >= m->len)
			return -1;
		uint8_t lab = m->data[pos];
		if ((lab & 0xC0) == 0xC0) {
			if (pos + 1 >= m->len || ++jumps > DNS_MAX_JUMPS)
				return -1;
			size_t target = (size_t)(lab & 0x3F) << 8 | m->data[pos + 1];
			if (!jumped)
				*off = pos + 2;
			jumped = 1;
			pos = target;
			continue;
		}
		pos++;
		if (lab == 0)
			break;
		if (n + lab + 1 >= outlen || n + lab + 1 > DNS_MAX_NAME)
			return -1;
		if (n > 0)
			out[n++] = '.';
		memcpy(out + n, m->data + pos, lab);
		n += lab;
		pos += lab;
	}
	out[n] = '\0';
	if (!jumped)
		*off = pos;
	return (int)n;
}

int dns_question_name(const struct dns_msg *m, char *out, size_t outlen)
{
	size_t off = 12; /* header size */
	if (m->len < off)
		return -1;
	return dns_read_name(m, &off, out, outlen);
}
