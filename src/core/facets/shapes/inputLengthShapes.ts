// Shapes of a length taken from the input itself (a header field, a byte of the packet, a number read
// from a stream) and what the prefix does next: beside a fixed-size buffer the risk is writing past it
// (787), two such dimensions are multiplied into a size (190/680), and walking the input by such lengths
// reads past its end (125). Names and decoders are general (`len`, `count`, `width`; `ntohs`,
// `from_le_bytes`, `readBE32`, `ReadUInt16`, `p[1]`), not any one program's.
import { MEMORY_LANGUAGES, type CodeShape } from './CodeShape';

/** A name that holds a length, a count or a dimension (`len`, `body_size`, `nrows`, `width`, `n`). */
const LENGTH_NAME = /^(?:\w*(?:len|length|size|count|cnt|num|total|width|height|rows|cols|depth|entries)\w*|[nwh])$/i;
/** A right-hand side that decodes a number from bytes or text the program received. */
const DECODER =
  /\b(?:ntoh[sl]|be(?:16|32|64)toh|le(?:16|32|64)toh|\w*[Rr]ead_?(?:[UuIi]|[Bb][Ee]|[Ll][Ee])\w*|\w*[Gg]et_?(?:[Uu]|[Bb][Ee]|[Ll][Ee])(?:8|16|32|64)\w*|strto(?:u?ll?|imax|umax)|ato(?:i|l|ll))\s*\(|\b[ui](?:8|16|32|64|size)::from_(?:le|be|ne)_bytes\b|(?:\b\w+|\(\s*\*\s*\w+\s*\))\s*\[\s*\d+\s*\]\s*(?:[|;,)]|<<|$)/;

/** The distinct length-like names assigned from decoded input (`hdr.len = ntohs(...)`, `in >> count`). */
export function lengthsFromInput(code: string): string[] {
  const names = new Set<string>();
  // Names are matched whole and then tested, which keeps the scan linear on long prefixes.
  const assign = /\b([A-Za-z_]\w*)\s*(?:=(?!=)|:(?!:))\s*([^;\n]*(?:\n[^;\n]*){0,2})/g;
  for (const m of code.matchAll(assign))
    if (LENGTH_NAME.test(m[1]!) && DECODER.test(m[2]!)) names.add(m[1]!.toLowerCase());
  const streamed = />>\s*(?:[\w.]+(?:\.|->))?([A-Za-z_]\w*)\b|fread\s*\(\s*&\s*(?:[\w.]+(?:\.|->))?([A-Za-z_]\w*)/g;
  for (const m of code.matchAll(streamed)) {
    const name = m[1] ?? m[2]!;
    if (LENGTH_NAME.test(name)) names.add(name.toLowerCase());
  }
  return [...names];
}

/** `char out[64]`, `uint8_t payload[MAX_PAYLOAD]`, `T data_[N]`, Rust `[0u8; 512]`. */
const FIXED_BUFFER =
  /\b[\w:]+\s+\**\w+\s*\[\s*(?:\d+|[A-Z_][A-Z0-9_]*)\s*\]\s*[;,)=]|\[\s*0?u8\s*;\s*(?:\d{2,}|[A-Z_][A-Z0-9_]+)\s*\]/;
/** A loop that walks the input up to its end: `while (p < end)`, `for (...; off < total; ...)`. */
const INPUT_WALK =
  /\bwhile\s*\(\s*[\w.>-]+\s*<\s*[\w.>-]+\s*\)|\bfor\s*\([^;]*;\s*[\w.>-]+\s*<\s*[\w.>-]*(?:end|total|len|size)\w*\s*;/i;

export const INPUT_LENGTH_SHAPES: readonly CodeShape[] = [
  { name: 'length-from-input', languages: MEMORY_LANGUAGES, found: (code) => lengthsFromInput(code).length > 0 },
  {
    name: 'input-length-beside-fixed-buffer',
    languages: MEMORY_LANGUAGES,
    found: (code) => FIXED_BUFFER.test(code) && lengthsFromInput(code).length > 0,
  },
  { name: 'dimensions-from-input', languages: MEMORY_LANGUAGES, found: (code) => lengthsFromInput(code).length > 1 },
  {
    name: 'input-walked-by-its-lengths',
    languages: MEMORY_LANGUAGES,
    found: (code) => INPUT_WALK.test(code) && lengthsFromInput(code).length > 0,
  },
];
