// CWE-190 integer overflow or wraparound (Go rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { scopeOf, walk } from '../../walk';
import { escapeRe } from '../../ruleParts/sizeOperands';

/** Bits of each narrow target type (`uint` is 64 bits wide but drops the sign of a negative input). */
const TARGET_BITS: Record<string, number> = {
  int8: 8,
  uint8: 8,
  byte: 8,
  int16: 16,
  uint16: 16,
  int32: 32,
  uint32: 32,
  rune: 32,
  uint: 64,
};
const PARSE = /^strconv\.(Atoi|ParseInt|ParseUint)$/;

/** The parse call whose result was last assigned to `name` before `use`, or null. */
function parsedFrom(name: string, use: SyntaxNode): SyntaxNode | null {
  let found: SyntaxNode | null = null;
  for (const n of walk(scopeOf(use))) {
    if (n.startIndex >= use.startIndex) break;
    if (n.type !== 'short_var_declaration' && n.type !== 'assignment_statement') continue;
    const left = n.childForFieldName('left')?.namedChildren ?? [];
    if (left[0]?.text !== name) continue;
    const right = n.childForFieldName('right')?.namedChildren[0];
    const callee = right?.type === 'call_expression' ? right.childForFieldName('function')?.text : '';
    found = right && PARSE.test(callee ?? '') ? right : null;
  }
  return found;
}

/** The bit size the parse itself enforces: Atoi gives an int (64 bits), ParseInt(s, base, bits) checks `bits`. */
function parsedBits(parse: SyntaxNode): number {
  const callee = parse.childForFieldName('function')?.text ?? '';
  if (callee.endsWith('Atoi')) return 64;
  const bits = Number(parse.childForFieldName('arguments')?.namedChildren[2]?.text);
  return bits > 0 ? bits : 64;
}

/**
 * A number parsed from text (strconv.Atoi / ParseInt / ParseUint) and converted to a narrower integer type, or to
 * `uint` from a signed parse, wraps silently for large or negative input unless the value is compared with a limit
 * first (CodeQL calls this incorrect integer conversion; the wrapped value then sizes a buffer or passes a check).
 */
export const goNarrowingParse: QueryRule = {
  id: 'go-parsed-int-narrowed',
  cwe: 'CWE-190',
  severity: 'warning',
  languages: ['go'],
  kind: 'query',
  query: {
    go: '(call_expression function: (identifier) @type arguments: (argument_list . (identifier) @value .)) @hit',
  },
  message:
    'A number parsed from text is converted to a narrower integer type without a range check, so large or negative input wraps around.',
  fix: 'Parse with the target size (strconv.ParseInt(s, 10, 32)) or compare the value with the type limits (math.MaxInt32, 0) before converting.',
  predicate: ({ hit, type, value }) => {
    if (!hit || !type || !value) return false;
    const bits = TARGET_BITS[type.text];
    if (bits === undefined) return false;
    const parse = parsedFrom(value.text, hit);
    if (!parse) return false;
    const unsignedTarget = type.text.startsWith('u') || type.text === 'byte';
    const signedParse = !/ParseUint$/.test(parse.childForFieldName('function')?.text ?? '');
    if (parsedBits(parse) <= bits && !(unsignedTarget && signedParse)) return false;
    // A comparison of the value between the parse and the conversion is taken as the range check.
    const between = scopeOf(hit).text.slice(
      parse.endIndex - scopeOf(hit).startIndex,
      hit.startIndex - scopeOf(hit).startIndex,
    );
    const v = escapeRe(value.text);
    return !new RegExp(`\\b${v}\\s*[<>]=?|[<>]=?\\s*${v}\\b|math\\.(Max|Min)`).test(between);
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe190Go: readonly Rule[] = [goNarrowingParse];
