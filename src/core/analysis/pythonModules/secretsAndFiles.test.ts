// Crypto (327/328), randomness (338), credentials (798), tokens (347), TLS (295), temporary files (377) and
// permissions (732) in library, class and script styles; our own modules.
import { describeModuleCases, type ModuleCase } from './moduleCasesTestKit';

const CASES: ModuleCase[] = [
  {
    name: 'a user service hashes passwords with md5; fixed with pbkdf2_hmac and a random salt',
    cwe: 'CWE-328',
    vulnerable: `import hashlib


class UserService:
    def __init__(self, db):
        self.db = db

    def set_password(self, user_id, password):
        digest = hashlib.md5(password.encode()).hexdigest()
        self.db.execute("UPDATE users SET pw = ? WHERE id = ?", (digest, user_id))
`,
    fixed: `import hashlib
import os


class UserService:
    def __init__(self, db):
        self.db = db

    def set_password(self, user_id, password):
        salt = os.urandom(16)
        digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
        self.db.execute("UPDATE users SET pw = ?, salt = ? WHERE id = ?", (digest, salt, user_id))
`,
  },
  {
    name: 'a file encryptor uses DES in ECB mode; fixed with AES-GCM',
    cwe: 'CWE-327',
    vulnerable: `from Crypto.Cipher import DES


def encrypt_blob(key, data):
    cipher = DES.new(key, DES.MODE_ECB)
    return cipher.encrypt(data)
`,
    fixed: `import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_blob(key, data):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)
`,
  },
  {
    name: 'a reset-token helper draws from random; fixed with secrets',
    cwe: 'CWE-338',
    vulnerable: `import random
import string


def make_reset_token(length=32):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))
`,
    fixed: `import secrets


def make_reset_token(length=32):
    return secrets.token_urlsafe(length)
`,
  },
  {
    name: 'a client module with a literal API password; fixed by reading the environment',
    cwe: 'CWE-798',
    vulnerable: `import requests

API_USER = "reporting"
API_PASSWORD = "Sup3r-S3cret!"


def fetch_report(day):
    return requests.get("https://api.example.com/report", params={"day": day}, auth=(API_USER, API_PASSWORD), timeout=10)
`,
    fixed: `import os
import requests

API_USER = "reporting"
API_PASSWORD = os.environ["REPORT_API_PASSWORD"]


def fetch_report(day):
    return requests.get("https://api.example.com/report", params={"day": day}, auth=(API_USER, API_PASSWORD), timeout=10)
`,
  },
  {
    name: 'a token helper decodes JWTs without verifying the signature; fixed with a key and algorithms',
    cwe: 'CWE-347',
    vulnerable: `import jwt


def user_from_token(token):
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["sub"]
`,
    fixed: `import os
import jwt


def user_from_token(token):
    claims = jwt.decode(token, os.environ["JWT_KEY"], algorithms=["HS256"])
    return claims["sub"]
`,
  },
  {
    name: 'an API client class turns certificate checks off; fixed by keeping them on with a CA bundle',
    cwe: 'CWE-295',
    vulnerable: `import requests


class BillingClient:
    def __init__(self, base_url):
        self.base_url = base_url

    def invoices(self):
        return requests.get(self.base_url + "/invoices", verify=False, timeout=10).json()
`,
    fixed: `import requests


class BillingClient:
    def __init__(self, base_url):
        self.base_url = base_url

    def invoices(self):
        return requests.get(self.base_url + "/invoices", verify="/etc/ssl/certs/ca.pem", timeout=10).json()
`,
  },
  {
    name: 'a script writes to a predictable temp name; fixed with NamedTemporaryFile',
    cwe: 'CWE-377',
    vulnerable: `import tempfile
import subprocess


def render(doc):
    path = tempfile.mktemp(suffix=".pdf")
    with open(path, "wb") as fh:
        fh.write(doc)
    subprocess.run(["lp", path])
`,
    fixed: `import tempfile
import subprocess


def render(doc):
    with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
        fh.write(doc)
        fh.flush()
        subprocess.run(["lp", fh.name])
`,
  },
  {
    name: 'a key file made world-readable; fixed with os.open and 0o600',
    cwe: 'CWE-732',
    vulnerable: `import os


def save_private_key(path, pem):
    with open(path, "wb") as fh:
        fh.write(pem)
    os.chmod(path, 0o777)
`,
    fixed: `import os


def save_private_key(path, pem):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
`,
  },
];

describeModuleCases('Python modules: crypto, secrets, TLS and files', CASES);
