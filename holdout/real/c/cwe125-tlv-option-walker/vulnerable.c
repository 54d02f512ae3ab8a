/* Option list walker for the discovery protocol: a sequence of type/length/value records. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define OPT_END      0x00
#define OPT_PAD      0x01
#define OPT_NAME     0x10
#define OPT_MTU      0x11
#define OPT_VENDOR   0x20

struct disc_info {
	char     name[64];
	uint16_t mtu;
	uint32_t vendor;
};

static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static uint32_t rd32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void apply_option(struct disc_info *info, uint8_t type, const uint8_t *val, uint8_t len)
{
	switch (type) {
	case OPT_NAME: {
		size_t n = len < sizeof(info->name) - 1 ? len : sizeof(info->name) - 1;
		memcpy(info->name, val, n);
		info->name[n] = '\0';
		break;
	}
	case OPT_MTU:
		if (len == 2)
			info->mtu = rd16(val);
		break;
	case OPT_VENDOR:
		if (len == 4)
			info->vendor = rd32(val);
		break;
	default:
		break;
	}
}

/* Returns the number of options consumed, or -1 on a malformed list. */
int parse_options(const uint8_t *buf, size_t buflen, struct disc_info *info)
{
	size_t off = 0;
	int count = 0;

	memset(info, 0, sizeof(*info));
	while (off < buflen) {
		uint8_t type = buf[off++];
		if (type == OPT_END)
			break;
		if (type == OPT_PAD)
			continue;
		if (off >= buflen)
			return -1;
		uint8_t len = buf[off++];
		apply_option(info, type, buf + off, len);
		off += len;
		count++;
	}
	return count;
}
