// Does an expression hold key material written into the source? A literal (`b"..."`, `"...".getBytes()`,
// `[]byte("...")`, `Encoding.UTF8.GetBytes("...")`, `Buffer.from('...')`, `{0x01, 0x02, ...}`), directly or through
// the last assignment to the name it is (`KEY = b"..."; AES.new(KEY, ...)`). Values read from the environment, a
// file or a random generator are not literals, so they never match.

/** A quoted literal, optionally prefixed (b"", u8"", L"", @""), of at least 4 characters, without `{}` interpolation. */
const QUOTED = String.raw`(?:[bBuUrRL]|u8|@)?(?:"[^"\n{}]{4,}"|'[^'\n{}]{4,}'|\x60[^\x60\n{}]{4,}\x60)`;

/** Wrappers that only convert a literal to bytes; they add no secrecy. */
const CONVERTER = String.raw`(?:[\w.]*(?:GetBytes|getBytes|encode|from|fromhex|unhexlify|b64decode|FromBase64String|decode|hex2bin|base64_decode|pack|Bytes)|\[\]byte|bytes|bytearray|Buffer\.from|\([\w\s]*\*\s*\)|reinterpret_cast<[^>]*>|str\.encode)`;

const LITERAL_KEY = new RegExp(
  String.raw`^\s*(?:${CONVERTER}\s*\(\s*)*${QUOTED}\s*(?:\.(?:getBytes|encode|as_bytes|to_vec)\s*\([^()]*\))?\s*(?:,[^()]*)?\)*\s*$`,
);

/** `{0x2b, 0x7e, ...}`, `[]byte{...}`, `new byte[] {...}`: at least four numeric bytes in an initializer. */
const BYTE_LIST =
  /^\s*(?:\[\]byte|new\s+(?:byte|sbyte|uint8_t|unsigned\s+char)\s*\[\s*\d*\s*\])?\s*\{\s*(?:(?:0x[0-9a-f]+|\d+|'.')\s*,\s*){3,}(?:0x[0-9a-f]+|\d+|'.')?\s*,?\s*\}\s*$/i;

export function isLiteralKeyText(text: string): boolean {
  return LITERAL_KEY.test(text) || BYTE_LIST.test(text);
}

function escapeName(name: string): string {
  return name.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');
}

/** The right-hand side of the last assignment or declaration of `name` in `code` (C arrays `name[16] = {...}` too). */
export function lastAssignedValue(name: string, code: string): string | undefined {
  const pattern = new RegExp(
    String.raw`(?:^|[^\w$])\$?${escapeName(name)}\s*(?:\[[^\]]*\]\s*)?(?::\s*[^=\n]+)?(?::=|=(?![=>]))\s*(\[\]byte\s*\{[^}]*\}|new\s+\w+\s*\[[^\]]*\]\s*\{[^}]*\}|\{[^}]*\}|[^;\n]+)`,
    'g',
  );
  return [...code.matchAll(pattern)].at(-1)?.[1];
}

/** The key argument is a literal or a name (`KEY`, `self.KEY`, `Config.KEY`) whose last assignment is one. */
export function isLiteralKey(text: string, code: string): boolean {
  if (isLiteralKeyText(text)) return true;
  const name = /^(?:[\w$]+\.)*([A-Za-z_$][\w$]*)$/.exec(text.replace(/^\$this->|^\$|^&/, ''))?.[1];
  if (!name) return false;
  const value = lastAssignedValue(name, code);
  return value !== undefined && isLiteralKeyText(value);
}
