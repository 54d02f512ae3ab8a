// CWE-770 in Rust: capacities, repeats and decoders sized by input with no upper limit.
import type { QueryRule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { escapeRegExp } from '../ruleParts/textPatterns';
import { scopeOf, walk } from '../walk';
import { callRule } from '../callRule';
import { RUST_DECODED, isRustInput, isRustRequestValue, rustLetValue } from '../ruleParts/rustParameters';

/** `name` is a local decoded from input (`u32::from_be_bytes(..)`, `parse()`) and never compared or clamped. */
function decodedUnbounded(name: string, at: SyntaxNode): boolean {
  const fn = scopeOf(at).text;
  const s = escapeRegExp(name);
  return (
    RUST_DECODED.test(rustLetValue(name, fn)) && !new RegExp(`\\b${s}\\s*(>|>=)|\\b${s}\\s*\\.\\s*min\\s*\\(`).test(fn)
  );
}

export const rustInputCapacity = callRule({
  id: 'rust-capacity-from-input',
  cwe: 'CWE-770',
  severity: 'warning',
  languages: ['rust'],
  message:
    'A capacity is taken straight from a count decoded from input, so a forged count reserves huge amounts of memory.',
  fix: 'Cap the count (count.min(MAX) or by the bytes actually available) before reserving, or grow as data arrives.',
  callee: { rust: /^(Vec|String|VecDeque|HashMap|HashSet|BytesMut)::with_capacity$|\.reserve(_exact)?$/ },
  when: (call) => call.args[0]?.type === 'identifier' && decodedUnbounded(call.args[0].text, call.node),
});

/** `vec![0u8; len]` with `len` decoded from input and never compared or clamped: the same flaw as with_capacity. */
export const rustVecFromDecodedLength: QueryRule = {
  ...rustInputCapacity,
  id: 'rust-vec-from-decoded-length',
  kind: 'query',
  query: { rust: '(macro_invocation macro: (identifier) @m (token_tree (_) . ";" . (identifier) @len .)) @hit' },
  predicate: ({ m, len, hit }) => m?.text === 'vec' && !!len && !!hit && decodedUnbounded(len.text, hit),
};

export const rustRequestSizedRepeat = callRule({
  id: 'rust-request-sized-allocation',
  cwe: 'CWE-770',
  severity: 'warning',
  languages: ['rust'],
  message:
    'A size or count from the request allocates memory or repeats work with no upper limit, so one request can exhaust the server.',
  fix: 'Reject counts above a fixed maximum (if n > MAX_ITEMS { return .. }) or clamp them (n.min(MAX_ITEMS)) first.',
  callee: { rust: /\.(repeat|resize)$|^(Vec|String|VecDeque|BytesMut)::with_capacity$/ },
  when: (call, ctx) => {
    const count = call.args[0];
    if (!count || /\.(min|clamp)\s*\(/.test(count.text) || !isRustRequestValue(count, ctx)) return false;
    // `pixels as usize * 4`: bounded when any name it is computed from is compared with a limit or clamped first.
    const fn = scopeOf(call.node).text;
    const names = [...walk(count)]
      .filter((n) => n.type === 'identifier' || n.type === 'field_expression')
      .map((n) => escapeRegExp(n.text));
    return !names.some((name) =>
      new RegExp(`\\b${name}\\s*(>|>=|<|<=)|\\b${name}\\s*\\.\\s*(min|clamp)\\s*\\(`).test(fn),
    );
  },
});

/**
 * bincode 1.x `deserialize`/`deserialize_from` with the default options sets no size limit, so length prefixes in
 * untrusted bytes drive allocations (bincode's docs ask for `with_limit` on untrusted input). A finding for request
 * bodies and readers of sockets or streams; a note for a library function's parameter, whose origin is not in view.
 */
export const rustUnboundedDecode = callRule({
  id: 'rust-unbounded-decode',
  cwe: 'CWE-770',
  severity: 'warning',
  languages: ['rust'],
  message: 'Untrusted bytes are decoded with bincode and no size limit, so forged length prefixes can exhaust memory.',
  fix: 'Decode through bincode::DefaultOptions::new().with_limit(MAX_BYTES) (bincode 2: config::standard().with_limit::<N>()).',
  callee: { rust: /^bincode::(deserialize|deserialize_from)(::<.*>)?$/ },
  when: (call, ctx) => !!call.args[0] && (isRustInput(call.args[0], ctx) || UNTRUSTED_READER.test(call.args[0].text)),
  tierOf: (call, ctx) =>
    isRustRequestValue(call.args[0]!, ctx) || UNTRUSTED_READER.test(call.args[0]!.text) ? 'finding' : 'note',
});
const UNTRUSTED_READER = /\b(stream|socket|conn|connection|tcp|body|payload|request|req)\b/i;
