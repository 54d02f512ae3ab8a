import base64

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad


class FieldCipher:
    """Encrypts single database fields such as national id numbers."""

    def __init__(self, key: bytes):
        self.key = key[:8]

    def encrypt(self, plaintext: str) -> str:
        cipher = DES.new(self.key, DES.MODE_ECB)
        return base64.b64encode(cipher.encrypt(pad(plaintext.encode(), 8))).decode()

    def decrypt(self, token: str) -> str:
        cipher = DES.new(self.key, DES.MODE_ECB)
        return unpad(cipher.decrypt(base64.b64decode(token)), 8).decode()
