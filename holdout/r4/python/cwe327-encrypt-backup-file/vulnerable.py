"""Encrypt and decrypt backup files with a key derived from a passphrase."""
import hashlib
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def _derive_key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, 200_000, dklen=32)


def encrypt_file(src: str, dst: str, passphrase: str) -> None:
    """Encrypt `src` with AES-256 and write salt + ciphertext to `dst`."""
    salt = os.urandom(16)
    key = _derive_key(passphrase, salt)
    with open(src, "rb") as fh:
        data = fh.read()

    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    ciphertext = encryptor.update(padded) + encryptor.finalize()

    with open(dst, "wb") as fh:
        fh.write(salt + ciphertext)


def decrypt_file(src: str, dst: str, passphrase: str) -> None:
    with open(src, "rb") as fh:
        blob = fh.read()
    salt, ciphertext = blob[:16], blob[16:]
    key = _derive_key(passphrase, salt)
    decryptor = Cipher(algorithms.AES(key), modes.ECB()).decryptor()
    padded = decryptor.update(ciphertext) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    with open(dst, "wb") as fh:
        fh.write(unpadder.update(padded) + unpadder.finalize())
