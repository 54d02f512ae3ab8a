/*
 * Task: report_latency(samples, n, buckets) prints the mean latency and splits the
 * samples into `buckets` equal-width histogram buckets. `buckets` comes from the
 * --buckets command line option.
 */
#include <stdio.h>
#include <stdlib.h>

void report_latency(const unsigned *samples, size_t n, unsigned buckets)
{
    unsigned long long sum = 0;
    unsigned max = 0, width, *hist;
    size_t i;
    if (n == 0)
        return;
    for (i = 0; i < n; i++) {
        sum += samples[i];
        if (samples[i] > max)
            max = samples[i];
    }
    printf("mean %.1f us\n", (double)sum / n);
    width = max / buckets + 1;
    hist = calloc(buckets, sizeof *hist);
    if (!hist)
        return;
    for (i = 0; i < n; i++)
        hist[samples[i] / width]++;
    for (i = 0; i < buckets; i++)
        printf("%6u-%6u %u\n", (unsigned)(i * width), (unsigned)((i + 1) * width - 1), hist[i]);
    free(hist);
}

int main(int argc, char **argv)
{
    unsigned s[] = {120, 80, 300, 95, 410};
    report_latency(s, 5, argc > 1 ? (unsigned)strtoul(argv[1], NULL, 10) : 4);
    return 0;
}
