#include <openssl/evp.h>

/* Encrypts a backup block with the archive key; returns the ciphertext length or -1. */
int encrypt_block(const unsigned char *key, const unsigned char *in, int in_len, unsigned char *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, total = 0;
    if (ctx == NULL)
        return -1;
    if (EVP_EncryptInit_ex(ctx, EVP_des_ecb(), NULL, key, NULL) != 1 ||
        EVP_EncryptUpdate(ctx, out, &len, in, in_len) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return -1;
    }
    total = len;
    if (EVP_EncryptFinal_ex(ctx, out + total, &len) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return -1;
    }
    EVP_CIPHER_CTX_free(ctx);
    return total + len;
}
