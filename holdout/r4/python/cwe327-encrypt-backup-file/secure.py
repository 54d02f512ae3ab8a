"""Encrypt and decrypt backup files with a key derived from a passphrase."""
import hashlib
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def _derive_key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, 200_000, dklen=32)


def encrypt_file(src: str, dst: str, passphrase: str) -> None:
    """Encrypt `src` with AES-256-GCM and write salt + nonce + ciphertext to `dst`."""
    salt = os.urandom(16)
    key = _derive_key(passphrase, salt)
    with open(src, "rb") as fh:
        data = fh.read()

    nonce = os.urandom(12)
    ciphertext = AESGCM(key).encrypt(nonce, data, None)

    with open(dst, "wb") as fh:
        fh.write(salt + nonce + ciphertext)


def decrypt_file(src: str, dst: str, passphrase: str) -> None:
    with open(src, "rb") as fh:
        blob = fh.read()
    salt, nonce, ciphertext = blob[:16], blob[16:28], blob[28:]
    key = _derive_key(passphrase, salt)
    plaintext = AESGCM(key).decrypt(nonce, ciphertext, None)
    with open(dst, "wb") as fh:
        fh.write(plaintext)
