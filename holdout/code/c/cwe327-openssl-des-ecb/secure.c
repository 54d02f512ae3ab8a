#include <openssl/evp.h>
#include <openssl/rand.h>

/* Encrypts a backup block with the archive key; out receives nonce, ciphertext and tag. */
int encrypt_block(const unsigned char *key, const unsigned char *in, int in_len, unsigned char *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, total = 12;
    if (ctx == NULL || RAND_bytes(out, 12) != 1)
        goto fail;
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, out) != 1 ||
        EVP_EncryptUpdate(ctx, out + total, &len, in, in_len) != 1)
        goto fail;
    total += len;
    if (EVP_EncryptFinal_ex(ctx, out + total, &len) != 1)
        goto fail;
    total += len;
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out + total) != 1)
        goto fail;
    EVP_CIPHER_CTX_free(ctx);
    return total + 16;
fail:
    EVP_CIPHER_CTX_free(ctx);
    return -1;
}
