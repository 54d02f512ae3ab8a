/* Modbus/TCP slave of the PLC gateway: serves holding registers from a shadow table. */
#include <stdint.h>
#include <string.h>

#define NUM_HOLDING     128
#define FC_READ_HOLDING 0x03
#define EX_ILLEGAL_FUNC 0x01
#define EX_ILLEGAL_ADDR 0x02
#define EX_ILLEGAL_VAL  0x03

static uint16_t holding[NUM_HOLDING];

static uint16_t be16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }

static size_t exception(uint8_t *resp, uint8_t fc, uint8_t code)
{
	resp[0] = fc | 0x80;
	resp[1] = code;
	return 2;
}

void regs_set(uint16_t addr, uint16_t value)
{
	if (addr < NUM_HOLDING)
		holding[addr] = value;
}

/* pdu: function code + data; resp must hold 2 + 2*125 bytes. Returns response length. */
size_t handle_pdu(const uint8_t *pdu, size_t len, uint8_t *resp)
{
	uint16_t start, count;

	if (len < 5)
		return exception(resp, pdu[0], EX_ILLEGAL_VAL);
	if (pdu[0] != FC_READ_HOLDING)
		return exception(resp, pdu[0], EX_ILLEGAL_FUNC);
	start = be16(pdu + 1);
	count = be16(pdu + 3);
	if (count == 0 || count > 125)
		return exception(resp, pdu[0], EX_ILLEGAL_VAL);
	if (start >= NUM_HOLDING || count > NUM_HOLDING - start)
		return exception(resp, pdu[0], EX_ILLEGAL_ADDR);

	resp[0] = FC_READ_HOLDING;
	resp[1] = (uint8_t)(count * 2);
	for (uint16_t i = 0; i < count; i++) {
		uint16_t v = holding[start + i];
		resp[2 + 2 * i] = (uint8_t)(v >> 8);
		resp[3 + 2 * i] = (uint8_t)v;
	}
	return 2 + (size_t)count * 2;
}
