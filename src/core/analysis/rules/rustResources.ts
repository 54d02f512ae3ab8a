// Rust resource limits (CWE-400/770): whole-stream reads from network peers without take(), and
// allocations sized by a count decoded from input.
import { callRule } from '../callRule';
import { scopeOf } from '../walk';

const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const NETWORK_READER =
  /TcpStream|UnixStream|TlsStream|stdin\s*\(\)|impl\s+(std::io::)?Read\b|:\s*(std::io::)?Read\s*>|<\s*\w+\s*:\s*(std::io::)?Read\b/;

export const rustUnboundedRead = callRule({
  id: 'rust-unbounded-read',
  cwe: 'CWE-400',
  severity: 'warning',
  languages: ['rust'],
  message: 'read_to_end/read_to_string on a peer-controlled stream grows the buffer without any limit.',
  fix: 'Limit the read with reader.take(MAX) (and fail if the limit is hit), or read a length-prefixed frame with a cap.',
  callee: { rust: /\.read_to_(end|string)$/ },
  when: (call) => !/\.take\s*\(/.test(call.name) && NETWORK_READER.test(scopeOf(call.node).text),
});

const DECODED = /from_(be|le|ne)_bytes|\.parse\s*(::<[^>]*>)?\s*\(|read_u(16|32|64)|get_u(16|32|64)/;

export const rustInputCapacity = callRule({
  id: 'rust-capacity-from-input',
  cwe: 'CWE-770',
  severity: 'warning',
  languages: ['rust'],
  message:
    'A capacity is taken straight from a count decoded from input, so a forged count reserves huge amounts of memory.',
  fix: 'Cap the count (count.min(MAX) or by the bytes actually available) before reserving, or grow as data arrives.',
  callee: { rust: /^(Vec|String|VecDeque|HashMap|HashSet|BytesMut)::with_capacity$|\.reserve(_exact)?$/ },
  when: (call) => {
    const size = call.args[0];
    if (!size || size.type !== 'identifier') return false;
    const fn = scopeOf(call.node).text;
    const s = esc(size.text);
    const decoded = new RegExp(`let\\s+(mut\\s+)?${s}\\s*(:[^=]+)?=\\s*([^;]+);`).exec(fn)?.[3] ?? '';
    return DECODED.test(decoded) && !new RegExp(`\\b${s}\\s*(>|>=)|\\b${s}\\s*\\.\\s*min\\s*\\(`).test(fn);
  },
});
