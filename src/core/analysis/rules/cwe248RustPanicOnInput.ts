// CWE-248 in Rust servers: `.unwrap()` / `.expect()` on a value derived from the request. A malformed header, body
// or number makes the handler panic: the connection's task dies (or, with panic=abort, the whole server), which is a
// denial of service any client can trigger. Only functions that look like request handlers are checked; `unwrap` in
// setup code or on a mutex lock is ordinary Rust.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { namedChildren } from '../walk';

/** Parameter types of web frameworks and raw sockets: the function handles what a client sent. */
const HANDLER_PARAM =
  /\b(HttpRequest|Request|web::\w+|Json<|Query<|Path<|Form<|Bytes|BytesMut|TcpStream|UnixStream|Payload|Multipart|HeaderMap|Body)\b/;
const INPUT_NAME = /^(req|request|body|payload|input|stream|headers|query|form|params|msg|message|frame|packet)$/;

/** Calls that turn client bytes into values and fail on bad input. */
const PARSES =
  /\.(parse|to_str|from_str|from_slice|from_utf8|from_str_radix|try_into|try_from|decode|headers|header|get|query|read|read_to_string|read_exact|read_line)\b|serde_json::from_\w+|::from_str|::from_utf8|::from_slice/;
/** Lock, join and channel results: poisoned-lock panics are a separate, accepted idiom. */
const IDIOM = /\.(lock|try_lock|join|recv|read|write)\(\s*\)$/;

/** The named function around a node; closures inside a handler belong to the handler. */
function enclosingFunction(node: SyntaxNode): SyntaxNode | null {
  let up: SyntaxNode | null = node.parent;
  while (up && up.type !== 'function_item') up = up.parent;
  return up;
}

/** Names of the parameters that carry client input, or null when the function does not look like a handler. */
function inputParameters(fn: SyntaxNode): string[] | null {
  const params = namedChildren(fn.childForFieldName('parameters')).filter((p) => p.type === 'parameter');
  const names: string[] = [];
  let handler = false;
  for (const p of params) {
    const name = p.childForFieldName('pattern')?.text.replace(/^mut\s+/, '') ?? '';
    const type = p.childForFieldName('type')?.text ?? '';
    if (HANDLER_PARAM.test(type)) handler = true;
    if (HANDLER_PARAM.test(type) || INPUT_NAME.test(name)) names.push(name);
  }
  return handler && names.length ? names : null;
}

export const rustPanicOnInput: QueryRule = {
  id: 'rust-panic-on-input',
  cwe: 'CWE-248',
  severity: 'warning',
  languages: ['rust'],
  kind: 'query',
  query: {
    rust: '(call_expression function: (field_expression value: (_) @recv field: (field_identifier) @method)) @hit',
  },
  guardable: false,
  message:
    'A request handler unwraps a value parsed from client input: a malformed header, body or number makes it panic, so any client can kill the request task (or the server with panic=abort).',
  fix: 'Turn the failure into an error response: `let n: u32 = s.parse().map_err(|_| BadRequest)?;` or match and return 400.',
  predicate: ({ hit, recv, method }) => {
    if (!hit || !recv || !method || (method.text !== 'unwrap' && method.text !== 'expect')) return false;
    if (IDIOM.test(recv.text) || !PARSES.test(recv.text)) return false;
    const fn = enclosingFunction(hit);
    const inputs = fn ? inputParameters(fn) : null;
    if (!inputs) return false;
    return inputs.some((name) => new RegExp(`\\b${name.replace(/[^\w]/g, '')}\\b`).test(recv.text));
  },
};

export const cwe248RustPanicOnInput: readonly Rule[] = [rustPanicOnInput];
