// Shapes of a length moved between integer types: a size held in a narrower field than the value
// written to it (`uint16_t len` beside a `size_t`, Rust `[u8; 2]` for a `usize`), and a signed length
// bounded only from above, so a negative value passes and becomes a huge unsigned count (CWE-681 and
// its child CWE-195); and a bound that admits the buffer's own size (`n > sizeof buf`, `i > MAX`), one
// too many for an index or a terminator (CWE-193).
import { MEMORY_LANGUAGES, literal, type CodeShape } from './CodeShape';
import { lengthsFromInput } from './inputLengthShapes';

const NARROW_C =
  /\b(?:std::)?(?:u?int(?:8|16)_t|(?:unsigned\s+)?short|u?char)\s+\w*(?:len|length|size|count)\w*\s*[;,)]/i;
const WIDE_C = /\b(?:std::)?(?:size_t|u?int64_t|(?:unsigned\s+)?long)\b/;
const NARROW_RUST = /\b\w*(?:len|length|size|count)\w*\s*:\s*(?:\[u8\s*;\s*[12]\s*\]|[ui](?:8|16)\b)/i;
const WIDE_RUST = /\busize\b|&\s*(?:'\w+\s+)?(?:mut\s+)?\[u8\]/;

/**
 * Go: a number parsed at full width (`strconv.Atoi` gives an `int`, `ParseInt(s, 10, 64)` an `int64`) in code
 * that also names a narrower integer type (`int32(n)`, a `uint16` field or result): the conversion that
 * follows wraps silently when the value does not fit.
 */
function goParsedIntegerNarrowed(code: string): boolean {
  const wide = /\bstrconv\.(?:Atoi\s*\(|Parse(?:Int|Uint)\s*\([^;\n]*,\s*(?:0|64)\s*\))/.test(code);
  return wide && /\b(?:u?int(?:8|16|32))\b/.test(code);
}

/** `int len` (or `int size`) compared with an upper bound and never with zero. */
function signedLengthBoundedAbove(code: string): boolean {
  for (const m of code.matchAll(/\b(?:int|long|ssize_t|int32_t|short)\s+([A-Za-z_]\w*)\s*[;=,)]/g)) {
    if (!/len|length|size|count/i.test(m[1]!)) continue;
    const p = literal(m[1]!);
    const upper = new RegExp(String.raw`\b${p}\s*>=?\s*[\w(]`).test(code);
    const lower = new RegExp(String.raw`\b${p}\s*(?:<=?\s*0\b|<\s*1\b)|\b0\s*>=?\s*[\w.>-]*\b${p}\b`).test(code);
    if (upper && !lower) return true;
  }
  return false;
}

export const CONVERSION_SHAPES: readonly CodeShape[] = [
  {
    name: 'narrow-length-field',
    languages: MEMORY_LANGUAGES,
    // A narrow length that is itself read from input is being decoded, not written: not this shape.
    found: (code) =>
      ((NARROW_C.test(code) && WIDE_C.test(code)) || (NARROW_RUST.test(code) && WIDE_RUST.test(code))) &&
      lengthsFromInput(code).length === 0,
  },
  {
    name: 'bound-admits-buffer-size',
    languages: ['c', 'cpp'],
    found: (code) => /\bif\s*\(\s*[\w.>-]+\s*>\s*(?:sizeof\b|[A-Z][A-Z0-9_]+\b)(?!\s*[-+])/.test(code),
  },
  { name: 'signed-length-bounded-above', languages: ['c', 'cpp'], found: signedLengthBoundedAbove },
  { name: 'parsed-integer-narrowed', languages: ['go'], found: goParsedIntegerNarrowed },
];
