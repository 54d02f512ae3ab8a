/* Imports the nightly price list (CSV: sku,price_cents,currency). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct price {
	char sku[24];
	long cents;
	char currency[4];
};

typedef int (*price_sink)(const struct price *p, void *ctx);

static int parse_row(char *row, struct price *p)
{
	char *sku = strtok(row, ",");
	char *cents = strtok(NULL, ",");
	char *cur = strtok(NULL, ",\r\n");
	char *end;

	if (!sku || !cents || !cur || strlen(sku) >= sizeof(p->sku) || strlen(cur) != 3)
		return -1;
	p->cents = strtol(cents, &end, 10);
	if (*end != '\0' || p->cents < 0)
		return -1;
	strcpy(p->sku, sku);
	strcpy(p->currency, cur);
	return 0;
}

/* Returns the number of rows imported, or -1 after the first bad row. */
long import_prices(FILE *fp, price_sink sink, void *ctx)
{
	char *row = NULL;
	size_t cap = 0;
	long count = 0, lineno = 0;
	struct price p;

	while (getline(&row, &cap, fp) > 0) {
		lineno++;
		if (lineno == 1 && strncmp(row, "sku,", 4) == 0)
			continue;
		if (parse_row(row, &p) != 0) {
			fprintf(stderr, "prices: bad row %ld\n", lineno);
			return -1;
		}
		if (sink(&p, ctx) != 0)
			break;
		count++;
	}
	free(row);
	return count;
}
