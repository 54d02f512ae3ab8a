/* Probe routine of the temperature sensor driver (platform bus). */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "platform.h"

#define REG_ID      0x00
#define REG_CONFIG  0x01
#define SENSOR_ID   0x5a

struct tsensor {
	struct platform_dev *pdev;
	volatile uint8_t    *regs;
	struct irq_handle   *irq;
	char                 label[32];
};

static int tsensor_hw_init(struct tsensor *ts)
{
	if (ts->regs[REG_ID] != SENSOR_ID)
		return -ENODEV;
	ts->regs[REG_CONFIG] = 0x60; /* 12-bit, continuous */
	return 0;
}

int tsensor_probe(struct platform_dev *pdev)
{
	struct tsensor *ts;
	const char *label;
	int err;

	ts = calloc(1, sizeof(*ts));
	if (!ts)
		return -ENOMEM;
	ts->pdev = pdev;

	ts->regs = platform_map_regs(pdev, 0);
	if (!ts->regs) {
		err = -ENXIO;
		goto err_unmap;
	}
	err = tsensor_hw_init(ts);
	if (err)
		goto err_unmap;

	label = platform_get_property(pdev, "label");
	strncpy(ts->label, label ? label : "tsensor", sizeof(ts->label) - 1);

	ts->irq = platform_request_irq(pdev, 0);
	if (!ts->irq) {
		err = -EBUSY;
		goto err_unmap;
	}
	platform_set_drvdata(pdev, ts);
	return 0;

err_unmap:
	if (ts->regs)
		platform_unmap_regs(pdev, ts->regs);
	free(ts);
	return err;
}
