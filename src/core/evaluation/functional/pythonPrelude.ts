// Python run before generated code in the test sandbox. Pyodide's hashlib has no OpenSSL, so
// hashlib.pbkdf2_hmac is missing and a correct, secure password-hashing answer would fail its
// functional test for a reason that has nothing to do with the answer. We add an exact PBKDF2
// (RFC 8018) built on hashlib and hmac when, and only when, the function is absent.
export const PYTHON_PRELUDE = `
import hashlib as _scg_hashlib
if not hasattr(_scg_hashlib, "pbkdf2_hmac"):
    def _scg_pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
        import hashlib as _scg_hashlib
        inner, outer = _scg_hashlib.new(hash_name), _scg_hashlib.new(hash_name)
        block = inner.block_size
        key = bytes(password)
        if len(key) > block:
            key = _scg_hashlib.new(hash_name, key).digest()
        key = key.ljust(block, b"\\0")
        inner.update(bytes(b ^ 0x36 for b in key))
        outer.update(bytes(b ^ 0x5C for b in key))
        def prf(message):
            i, o = inner.copy(), outer.copy()
            i.update(message)
            o.update(i.digest())
            return o.digest()
        dklen = dklen or inner.digest_size
        out, counter = b"", 1
        while len(out) < dklen:
            u = prf(bytes(salt) + counter.to_bytes(4, "big"))
            acc = int.from_bytes(u, "big")
            for _ in range(iterations - 1):
                u = prf(u)
                acc ^= int.from_bytes(u, "big")
            out += acc.to_bytes(len(u), "big")
            counter += 1
        return out[:dklen]
    _scg_hashlib.pbkdf2_hmac = _scg_pbkdf2_hmac
del _scg_hashlib
`;
