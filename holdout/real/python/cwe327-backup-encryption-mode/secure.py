"""Encrypts database dumps before they are shipped to object storage."""
import logging
import os
import struct

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

log = logging.getLogger("backup.crypto")
MAGIC = b"BKP1"


def load_key(path: str = "/etc/backup/key.bin") -> bytes:
    with open(path, "rb") as fh:
        key = fh.read()
    if len(key) != 32:
        raise ValueError("backup key must be 32 bytes")
    return key


def encrypt_dump(data: bytes, key: bytes) -> bytes:
    """Returns MAGIC | iv(16) | length | ciphertext."""
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    body = enc.update(padded) + enc.finalize()
    return MAGIC + iv + struct.pack(">Q", len(data)) + body


def decrypt_dump(blob: bytes, key: bytes) -> bytes:
    if blob[:4] != MAGIC:
        raise ValueError("not a backup blob")
    iv, (length,), body = blob[4:20], struct.unpack(">Q", blob[20:28]), blob[28:]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    padded = dec.update(body) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    data = unpadder.update(padded) + unpadder.finalize()
    if len(data) != length:
        raise ValueError("length mismatch")
    return data


def encrypt_file(src: str, dst: str, key: bytes) -> None:
    with open(src, "rb") as fh:
        blob = encrypt_dump(fh.read(), key)
    with open(dst, "wb") as out:
        out.write(blob)
    log.info("encrypted %s -> %s (%d bytes)", src, dst, len(blob))
