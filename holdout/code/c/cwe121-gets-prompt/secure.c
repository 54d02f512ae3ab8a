#include <stdio.h>
#include <string.h>

static int confirm(const char *question)
{
    char answer[16];
    printf("%s [y/N] ", question);
    fflush(stdout);
    if (fgets(answer, sizeof answer, stdin) == NULL)
        return 0;
    answer[strcspn(answer, "\n")] = '\0';
    return strcmp(answer, "y") == 0 || strcmp(answer, "yes") == 0;
}

int main(int argc, char **argv)
{
    const char *target = argc > 1 ? argv[1] : "all data";
    char question[128];
    snprintf(question, sizeof question, "Really delete %s?", target);
    if (!confirm(question))
        return 1;
    puts("deleted");
    return 0;
}
