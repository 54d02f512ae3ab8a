"""
encrypt_export(data: bytes, key: bytes) -> bytes

Customer data exports are encrypted before they are uploaded to the shared bucket.
`key` is a 16-byte key from the key service. Return bytes the matching
`decrypt_export` can read back.
"""
import os

from Crypto.Cipher import DES, AES
from Crypto.Util.Padding import pad, unpad


def encrypt_export(data: bytes, key: bytes) -> bytes:
    cipher = DES.new(key[:8], DES.MODE_ECB)
    return cipher.encrypt(pad(data, DES.block_size))


def decrypt_export(blob: bytes, key: bytes) -> bytes:
    cipher = DES.new(key[:8], DES.MODE_ECB)
    return unpad(cipher.decrypt(blob), DES.block_size)


if __name__ == "__main__":
    k = os.urandom(16)
    assert decrypt_export(encrypt_export(b"hello", k), k) == b"hello"
