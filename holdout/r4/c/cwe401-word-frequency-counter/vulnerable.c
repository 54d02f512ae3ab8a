#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WORDS 4096

struct word_count {
    char *word;
    int count;
};

static struct word_count table[MAX_WORDS];
static int table_size;

/* Lower-case a word in place. */
static void lowercase(char *s)
{
    for (; *s; s++)
        *s = (char)tolower((unsigned char)*s);
}

/* Add one occurrence of `word` to the table, copying it on first sight. */
static void count_word(const char *word)
{
    char *copy = strdup(word);
    if (copy == NULL)
        return;
    lowercase(copy);

    for (int i = 0; i < table_size; i++) {
        if (strcmp(table[i].word, copy) == 0) {
            table[i].count++;
            return;
        }
    }
    if (table_size < MAX_WORDS) {
        table[table_size].word = copy;
        table[table_size].count = 1;
        table_size++;
    }
}

/*
 * Count how often each word appears in a text file and print the counts.
 */
int main(int argc, char **argv)
{
    FILE *fp = fopen(argc > 1 ? argv[1] : "input.txt", "r");
    if (fp == NULL) {
        perror("fopen");
        return 1;
    }
    char word[128];
    while (fscanf(fp, "%127s", word) == 1)
        count_word(word);
    fclose(fp);

    for (int i = 0; i < table_size; i++) {
        printf("%-20s %d\n", table[i].word, table[i].count);
        free(table[i].word);
    }
    return 0;
}
