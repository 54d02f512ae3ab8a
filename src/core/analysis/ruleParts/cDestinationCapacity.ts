// The capacity a caller hands in with a destination buffer (`char *dst, size_t dst_size`), and whether a bound uses it.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { Declared } from '../cDeclarations';
import type { RuleContext } from '../RuleContext';
import { scopeOf, walk } from '../walk';

const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CAPACITY_NAME =
  /^(size|len|length|n|cap|capacity|max|maxlen|max_len|sz|count|bufsize|buf_size|buflen|buf_len|outlen|out_len|dstsize|dst_size|dest_size|destlen|dest_len)$/i;

/** The caller-given capacity for a destination parameter: `dst_size`/`dstlen`, or a size-like parameter right after it. */
export function capacityParameter(dst: string, params: Declared[]): string | undefined {
  const own = params.find(
    (p) =>
      p.name !== dst &&
      !p.indirect &&
      new RegExp(`^${esc(dst)}_?(size|len|length|cap|capacity|max|sz)$`, 'i').test(p.name),
  );
  if (own) return own.name;
  const at = params.findIndex((p) => p.name === dst);
  const next = at >= 0 ? params[at + 1] : undefined;
  return next && !next.indirect && CAPACITY_NAME.test(next.name) ? next.name : undefined;
}

/** Some name of the bound is the capacity parameter or a local assigned from it. */
export function usesCapacity(bound: SyntaxNode, capacity: string, ctx: RuleContext): boolean {
  const names = new Set([...walk(bound)].filter((n) => n.type === 'identifier').map((n) => n.text));
  if (names.has(capacity)) return true;
  const mentions = new RegExp(`\\b${esc(capacity)}\\b`);
  return ctx
    .assignments(scopeOf(bound))
    .some(
      (a) =>
        mentions.test(a.value.text) &&
        [...names].some((n) =>
          new RegExp(`\\b${esc(n)}\\b`).test(
            (a.node.childForFieldName('declarator') ?? a.node.childForFieldName('left'))?.text ?? '',
          ),
        ),
    );
}
