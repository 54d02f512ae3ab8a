// The WebSocket handshake (RFC 6455) answers a client's key with base64(SHA-1(key + a fixed GUID)). The protocol
// fixes the digest and nothing secret rests on it, so a weak-hash rule has nothing to say about it.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { scopeOf } from '../walk';

/** The GUID every WebSocket implementation appends to the key, or the header the digest answers in. */
const HANDSHAKE = /258EAFA5-E914-47DA-95CA-C5AB0DC85B11|Sec-WebSocket-Accept/i;

/** True when the digest at `node` is computed in a function that builds or checks a WebSocket accept key. */
export function websocketAcceptDigest(node: SyntaxNode): boolean {
  if (HANDSHAKE.test(scopeOf(node).text)) return true;
  let root = node;
  while (root.parent) root = root.parent;
  // `const GUID = '258EAFA5-...'` at the top of the module, used by name in the function.
  return /258EAFA5-E914-47DA-95CA-C5AB0DC85B11/i.test(root.text) && /\bGUID\b|\bkeyGUID\b/i.test(scopeOf(node).text);
}
