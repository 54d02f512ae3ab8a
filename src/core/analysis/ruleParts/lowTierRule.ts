// The low-severity tier of known-dangerous APIs (issue 12): each language lists its entries as data (a callee
// pattern, or a tree-sitter query, plus when the use is harmless) and this builds one query rule per entry.
// A matched use is a `finding` of severity `low`; where the context shows a harmless use (a hash of a file name,
// random numbers for a shuffle) it is a `note`, shown to learners but counted nowhere.
import type { Language } from '../../task/Task';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { QueryRule } from '../Rule';
import type { RuleContext } from '../RuleContext';
import { callQuery } from '../callInfo';
import { scopeOf } from '../walk';

export interface LowTierEntry {
  id: string;
  cwe: string;
  message: string;
  fix: string;
  /** Callee names (CallInfo.name) that make the use; or `query` for a non-call shape (a Rust `unsafe` block). */
  callee?: RegExp;
  /** A tree-sitter query whose `@hit` capture is the use; used instead of `callee`. */
  query?: string;
  /** Extra condition: the match is a use at all (e.g. `hashlib.new` with a weak algorithm name). */
  when?: (node: SyntaxNode, ctx: RuleContext) => boolean;
  /** The context shows a harmless use: reported as a note. */
  harmless?: (node: SyntaxNode, ctx: RuleContext) => boolean;
}

export interface LowTierTable {
  languages: Language[];
  entries: LowTierEntry[];
}

function ruleOf(entry: LowTierEntry, languages: Language[]): QueryRule {
  const { callee, query: shape, when, harmless, ...meta } = entry;
  const query: Partial<Record<Language, string>> = {};
  for (const language of languages) query[language] = shape ?? callQuery(language);
  const hitOf = (c: Record<string, SyntaxNode>): SyntaxNode | undefined => c.hit ?? c.call;
  return {
    ...meta,
    severity: 'low',
    languages,
    kind: 'query',
    query,
    predicate: (captures, ctx) => {
      const hit = hitOf(captures);
      if (!hit) return false;
      if (callee && !callee.test(ctx.callAt(hit).name)) return false;
      return when?.(hit, ctx) ?? true;
    },
    tierOf: (captures, ctx) => {
      const hit = hitOf(captures);
      return hit && harmless?.(hit, ctx) ? 'note' : 'finding';
    },
  };
}

/** One rule per entry of the table, for every language the table covers. */
export function lowTierRules(table: LowTierTable): QueryRule[] {
  return table.entries.map((entry) => ruleOf(entry, table.languages));
}

/**
 * The words around a use: the enclosing function's first line, the statement's text (the name a value is stored
 * under, the arguments it is computed from). Harmless-use tests read these rather than the whole file.
 */
export function useContext(node: SyntaxNode): string {
  const scope = scopeOf(node);
  const header = scope.parent === null ? '' : scope.text.slice(0, Math.max(0, scope.text.indexOf('\n')) || 120);
  let stmt: SyntaxNode = node;
  for (let i = 0; i < 4 && stmt.parent && stmt.parent !== scope && !/statement|declaration/.test(stmt.type); i += 1)
    stmt = stmt.parent;
  return `${header}\n${stmt.text}`;
}

/**
 * Weak hashes used for non-security keys: caches, ETags, file names and paths, de-duplication, sharding (also a
 * digest reduced modulo a count, `sum(md5(v)) % cfg.Modulus`, which picks a bucket); and the digest of a serialised
 * structure (`md5(serialize($args))`), which names a set of arguments for a lookup; a hex digest cut to a few
 * characters (`sha1(name).hexdigest()[:6]`) is a short label, too short to protect anything. The WebSocket handshake's SHA-1
 * of the client key and the protocol's fixed GUID is what RFC 6455 prescribes.
 */
export const HARMLESS_HASH_USE =
  /websocket|\bws_?key\b|258EAFA5|\bserialize\(|\bjson_encode\(|cache|etag|file_?name|filepath|\bpath\b|\burl\b|dedup|shard|bucket|partition|colou?r|gravatar|avatar|memo|lookup|fingerprint_of_file|checksum_of_name|hexdigest\(\)\s*\[\s*:\s*\d{1,2}\s*\]|usedforsecurity\s*=\s*False|\)\s*%\s*[\w.]*(mod|modulus|count|size|len|buckets|shards)\b/i;

/** Values that identify or protect something: tokens, keys, passwords, one-time codes, ids. */
const SECRET_WORD =
  /token|secret|passw|pwd|key|nonce|salt|otp|\bpin\b|session|csrf|auth|reset|verif|invite|api|code|ident|uuid|hash|sign|cred/i;
/** `id`, `user_id`, `userId`, `ID`: case matters, or `void` and `valid` would count. */
const ID_WORD = /(\b|_)(id|ID)\b|[a-z]Id\b/;

export function namesSecret(text: string): boolean {
  return SECRET_WORD.test(text) || ID_WORD.test(text);
}
