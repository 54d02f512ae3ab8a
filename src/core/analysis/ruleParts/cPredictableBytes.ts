// Shared rule helper: whether a C/C++ byte buffer handed to a crypto call (an IV, a salt) holds predictable bytes.
// The call only sees a pointer, so the evidence is how the buffer was filled in the function (or declared in the
// file): from a literal, zeroed, copied from a literal, and never passed to a random source or any other filler.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { namedChildren, scopeOf } from '../walk';

const STRING_LITERAL = /^(u8|[uUL])?"/;

/** Calls that fill their first (or named) argument with random bytes. */
const RANDOM_FILLERS =
  /^(RAND_bytes|RAND_priv_bytes|RAND_pseudo_bytes|getrandom|getentropy|arc4random_buf|randombytes_buf|BCryptGenRandom|CryptGenRandom|SecRandomCopyBytes|GenerateBlock)$/;

function escapeName(name: string): string {
  return name.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');
}

/** `(unsigned char *)iv`, `iv.data()`, `&iv[0]`, `iv.c_str()` and `result.iv` all name the buffer `iv` / `result.iv`. */
export function bufferName(arg: SyntaxNode): string | undefined {
  const text = arg.text
    .replace(/\s+/g, '')
    .replace(/^(\((const)?(unsigned)?(char|uint8_t|xmlChar|byte|unsignedchar|constunsignedchar)\*\))+/i, '')
    .replace(/^\(\w+(\s*\*)?\)/, '')
    .replace(/^&(.+)\[0\]$/, '$1')
    .replace(/\.(data|c_str|begin)\(\)$/, '')
    .replace(/^&/, '');
  return /^[A-Za-z_]\w*((\.|->)[A-Za-z_]\w*)*(\[\w+\])?((\.|->)[A-Za-z_]\w*)*$/.test(text) ? text : undefined;
}

/** The argument is a string literal, possibly cast (`(const unsigned char *)"0123456789abcdef"`). */
export function literalBytes(arg: SyntaxNode): boolean {
  const text = arg.text.replace(/^(\s*\([^()]*\)\s*)+/, '').trim();
  return STRING_LITERAL.test(text);
}

/**
 * True when the buffer the argument names is only ever given fixed bytes: declared with a literal initializer
 * (`unsigned char iv[16] = {0}`, `= "..."`, `std::vector<uint8_t> iv(16, 0)`), or zeroed / set / copied from a
 * literal with memset/memcpy/strcpy in the function, and no other call (a random source or any helper) writes it.
 */
export function predictableBuffer(arg: SyntaxNode, sink: SyntaxNode, ctx: RuleContext, depth = 0): boolean {
  if (literalBytes(arg)) return true;
  const name = bufferName(arg);
  if (!name) return false;
  const scope = scopeOf(sink);
  let fixed = false;
  for (const call of ctx.callsIn(scope)) {
    if (call.node.startIndex >= sink.startIndex || call.node.startIndex === sink.startIndex) continue;
    const first = call.args[0] ? bufferName(call.args[0]) : undefined;
    if (first === name && /^(memset|bzero|explicit_bzero|std::fill|std::memset)$/.test(call.name)) {
      const value = call.name.includes('bzero') ? '0' : (call.args[1]?.text ?? '');
      if (/^('.*'|\d+|0x[0-9a-fA-F]+)$/.test(value)) fixed = true;
      continue;
    }
    if (first === name && /^(memcpy|strcpy|strncpy|std::memcpy|std::copy)$/.test(call.name)) {
      // A copy of another buffer is as predictable as that buffer (`memcpy(iv_copy, ctx->iv, 16)`).
      const source = call.args[1];
      if (source && (literalBytes(source) || (depth < 2 && predictableBuffer(source, call.node, ctx, depth + 1))))
        fixed = true;
      else return false;
      continue;
    }
    if (RANDOM_FILLERS.test(call.last) && call.args.some((a) => bufferName(a) === name)) return false;
    // Any other call that is handed the buffer may fill it (a helper, a read from a file or a socket).
    if (call.args.some((a) => bufferName(a) === name)) return false;
  }
  if (fixed) return true;
  if (name.includes('.') || name.includes('->')) return false;
  // A declaration with a literal initializer, in the function or at file level (`static const unsigned char IV[]`).
  const declared = new RegExp(
    `\\b${escapeName(name)}\\s*(\\[[^\\]]*\\])?\\s*(=\\s*(\\{[^}]*\\}|(u8|[uUL])?"[^"]*")|\\(\\s*\\w+\\s*,\\s*(0|'[^']*'|0x[0-9a-fA-F]+)\\s*\\)|\\{\\s*(0\\s*)?\\})\\s*;`,
  );
  if (declared.test(scope.text)) return true;
  let root = scope;
  while (root.parent) root = root.parent;
  return namedChildren(root).some((d) => d.type === 'declaration' && declared.test(d.text));
}
