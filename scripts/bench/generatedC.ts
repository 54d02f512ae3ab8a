// A generated C module for the scaling bench: functions dense with the sinks C rules look at (copies, formats,
// allocation, commands, files), some bounded or checked, plus plain arithmetic helpers. About 12 lines each.

function cFunction(i: number): string {
  switch (i % 4) {
    case 0:
      return [
        `int copy_${i}(const char *src, size_t n) {`,
        `    char buf[64];`,
        `    char *dst = malloc(n + ${i});`,
        `    if (dst == NULL) return -1;`,
        `    strcpy(buf, src);`,
        `    strncpy(dst, src, n);`,
        `    memcpy(dst, buf, sizeof(buf));`,
        `    sprintf(buf, "%d", ${i});`,
        `    printf(src);`,
        `    free(dst);`,
        `    return (int)strlen(buf);`,
        `}`,
        ``,
      ].join('\n');
    case 1:
      return [
        `void run_${i}(int argc, char **argv) {`,
        `    char cmd[256];`,
        `    const char *name = getenv("NAME");`,
        `    if (argc < 2) return;`,
        `    snprintf(cmd, sizeof(cmd), "ls %s", argv[1]);`,
        `    system(cmd);`,
        `    FILE *f = fopen(argv[1], "r");`,
        `    if (f) fclose(f);`,
        `    if (name) puts(name);`,
        `    gets(cmd);`,
        `}`,
        ``,
      ].join('\n');
    case 2:
      return [
        `int sum_${i}(const int *values, int count) {`,
        `    int total = 0;`,
        `    int *copy = calloc(count, sizeof(int));`,
        `    if (!copy) return 0;`,
        `    for (int k = 0; k < count; k++) {`,
        `        copy[k] = values[k] * ${i};`,
        `        total += copy[k];`,
        `    }`,
        `    int scaled = total * count;`,
        `    free(copy);`,
        `    return scaled;`,
        `}`,
        ``,
      ].join('\n');
    default:
      return [
        `static double mean_${i}(const double *xs, int n) {`,
        `    double total = 0.0;`,
        `    int k;`,
        `    if (n <= 0) {`,
        `        return 0.0;`,
        `    }`,
        `    for (k = 0; k < n; k++) {`,
        `        total += xs[k] + ${i};`,
        `    }`,
        `    return total / n;`,
        `}`,
        ``,
      ].join('\n');
  }
}

/** A C module of about `lines` lines: includes, then functions until the length is reached. */
export function generateC(lines: number): string {
  const parts = ['#include <stdio.h>', '#include <stdlib.h>', '#include <string.h>', ''];
  let count = parts.length;
  for (let i = 0; count < lines; i += 1) {
    const fn = cFunction(i);
    parts.push(fn);
    count += fn.split('\n').length;
  }
  return parts.join('\n');
}
