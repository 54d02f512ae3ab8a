#include <stdio.h>
#include <string.h>

struct volume {
    char label[16];
    unsigned long long size;
};

/* The label field of a FAT boot sector is 11 bytes and may fill all of them. */
void volume_from_boot_sector(struct volume *v, const unsigned char *sector)
{
    memcpy(v->label, sector + 0x2B, 11);
    v->label[11] = '\0';
    v->size = 0;
}

void print_volume(const struct volume *v)
{
    printf("label: %s (%zu chars)\n", v->label, strlen(v->label));
}
