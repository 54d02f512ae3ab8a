#include <stdlib.h>
#include <string.h>

struct lexer {
    char *buf;
    size_t len, cap;
    size_t token_start;
};

static int push_char(struct lexer *lx, char c)
{
    if (lx->len + 1 >= lx->cap) {
        size_t cap = lx->cap ? lx->cap * 2 : 64;
        char *grown = realloc(lx->buf, cap);
        if (grown == NULL)
            return -1;
        lx->buf = grown;
        lx->cap = cap;
    }
    lx->buf[lx->len++] = c;
    lx->buf[lx->len] = '\0';
    return 0;
}

/* Reads an identifier from the input, then returns a pointer to where it starts. */
const char *read_ident(struct lexer *lx, const char *in)
{
    lx->token_start = lx->len;
    while (*in && (*in == '_' || (*in >= 'a' && *in <= 'z')))
        if (push_char(lx, *in++) != 0)
            return NULL;
    return lx->buf ? lx->buf + lx->token_start : NULL;
}
