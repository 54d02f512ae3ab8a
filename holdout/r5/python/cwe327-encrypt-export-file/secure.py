"""
encrypt_export(data: bytes, key: bytes) -> bytes

Customer data exports are encrypted before they are uploaded to the shared bucket.
`key` is a 16-byte key from the key service. Return bytes the matching
`decrypt_export` can read back.
"""
import os

from Crypto.Cipher import AES


def encrypt_export(data: bytes, key: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_GCM)
    body, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + body


def decrypt_export(blob: bytes, key: bytes) -> bytes:
    nonce, tag, body = blob[:16], blob[16:32], blob[32:]
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    return cipher.decrypt_and_verify(body, tag)


if __name__ == "__main__":
    k = os.urandom(16)
    assert decrypt_export(encrypt_export(b"hello", k), k) == b"hello"
