// Where an http:// literal sits, for the cleartext rules (CWE-319, CWE-522): some plain-HTTP URLs are no endpoint the
// program talks to over a network an attacker can watch.
import type { SyntaxNode } from '../../languages/SyntaxTree';

/** A link-local address (169.254.0.0/16): never routed off the host's link. Cloud instance metadata services live
 * there and answer plain HTTP only. */
export const LINK_LOCAL_URL = /^['"`]http:\/\/169\.254\.\d{1,3}\.\d{1,3}([:/'"`]|$)/;

/** Groups whose parts make one text: implicit concatenation, `+`, a tuple or list of message pieces. */
const TEXT_GROUP = /^(concatenated_string|binary_operator|binary_expression|tuple|list|parenthesized_expression)$/;
const PROSE = /[A-Za-z]{2,}[,.:;]? [A-Za-z]{2,} /;

/** The literal is a piece of a sentence (a help text, an error message pointing to documentation): another string
 * of the same group reads as prose. A link shown to a reader is not a request the program makes. */
export function inProse(hit: SyntaxNode): boolean {
  const group = hit.parent;
  if (!group || !TEXT_GROUP.test(group.type)) return false;
  return group.namedChildren.some(
    (part) => part !== null && part.startIndex !== hit.startIndex && /string/.test(part.type) && PROSE.test(part.text),
  );
}
