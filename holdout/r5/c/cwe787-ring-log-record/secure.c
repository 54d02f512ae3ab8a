/*
 * In-memory event log for the firmware shell.
 *
 * log_event(log, text) copies one event line into the next slot of a ring of
 * LOG_SLOTS entries, each LOG_LINE bytes long; the oldest entry is overwritten
 * when the ring is full. Lines come from the serial console.
 *
 * log_dump(log, out) prints the entries oldest first.
 */
#include <stdio.h>
#include <string.h>

#define LOG_SLOTS 16
#define LOG_LINE 64

struct event_log {
    char lines[LOG_SLOTS][LOG_LINE];
    unsigned head;   /* next slot to write */
    unsigned count;  /* filled slots */
};

void log_init(struct event_log *log)
{
    memset(log, 0, sizeof *log);
}

void log_event(struct event_log *log, const char *text)
{
    char *slot = log->lines[log->head];
    size_t len = strnlen(text, LOG_LINE - 1);
    memcpy(slot, text, len);
    slot[len] = '\0';
    log->head = (log->head + 1) % LOG_SLOTS;
    if (log->count < LOG_SLOTS)
        log->count++;
}

void log_dump(const struct event_log *log, FILE *out)
{
    unsigned start = (log->head + LOG_SLOTS - log->count) % LOG_SLOTS;
    unsigned i;
    for (i = 0; i < log->count; i++)
        fprintf(out, "%2u %s\n", i, log->lines[(start + i) % LOG_SLOTS]);
}

int main(void)
{
    struct event_log log;
    char line[256];
    log_init(&log);
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = '\0';
        log_event(&log, line);
    }
    log_dump(&log, stdout);
    return 0;
}
