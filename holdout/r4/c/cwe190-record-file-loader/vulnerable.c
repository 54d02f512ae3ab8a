#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/*
 * Load a binary file of sensor readings. File layout:
 *   uint32_t magic ("SENS"), uint32_t count, then `count` records.
 */

#define SENS_MAGIC 0x53454e53u

struct reading {
    uint32_t timestamp;
    int16_t temperature; /* tenths of a degree */
    uint16_t humidity;   /* tenths of a percent */
};

struct reading *load_readings(const char *path, uint32_t *out_count)
{
    FILE *fp = fopen(path, "rb");
    if (fp == NULL)
        return NULL;

    uint32_t header[2];
    if (fread(header, sizeof header[0], 2, fp) != 2 || header[0] != SENS_MAGIC) {
        fclose(fp);
        return NULL;
    }
    uint32_t count = header[1];

    /* one allocation for all records */
    uint32_t total_size = count * sizeof(struct reading);
    struct reading *records = malloc(total_size);
    if (records == NULL) {
        fclose(fp);
        return NULL;
    }
    for (uint32_t i = 0; i < count; i++) {
        if (fread(&records[i], sizeof(struct reading), 1, fp) != 1) {
            free(records);
            fclose(fp);
            return NULL;
        }
    }
    fclose(fp);
    *out_count = count;
    return records;
}

int main(int argc, char **argv)
{
    uint32_t n = 0;
    struct reading *r = load_readings(argc > 1 ? argv[1] : "readings.bin", &n);
    if (r == NULL) {
        fprintf(stderr, "could not load readings\n");
        return 1;
    }
    for (uint32_t i = 0; i < n && i < 5; i++)
        printf("%u: %.1f C, %.1f %%\n", r[i].timestamp, r[i].temperature / 10.0, r[i].humidity / 10.0);
    free(r);
    return 0;
}
