// Context tests shared by the low-tier tables: when a weak hash or a predictable random value is plainly harmless.
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { HARMLESS_HASH_USE, namesSecret, useContext } from '../../ruleParts/lowTierRule';
import { websocketAcceptDigest } from '../../ruleParts/websocketAccept';
import { sleepArgument } from '../../ruleParts/sleepArgument';

/** A weak hash over a cache key, a file name, a path, or a WebSocket accept key: no security property rests on it. */
export function harmlessHash(node: SyntaxNode): boolean {
  return HARMLESS_HASH_USE.test(useContext(node)) || websocketAcceptDigest(node);
}

/** Characters drawn from an alphabet, or a base-36/hex string: the shape of a token generator. */
const TOKEN_SHAPE = /chars|charset|alphabet|letters|digits|ascii|toString\(\s*(36|16)\s*\)|hexdigits|printable/i;

/** Random values with no secret around them (a shuffle, a game, sampling, jitter): not a token. */
export function harmlessRandom(node: SyntaxNode): boolean {
  const context = useContext(node);
  return sleepArgument(node) || (!namesSecret(context) && !TOKEN_SHAPE.test(context));
}
