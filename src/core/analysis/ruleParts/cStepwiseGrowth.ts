// A list that an object keeps and grows by one element or by doubling, the way real C does it (`cfg->n++;
// cfg->v = realloc(cfg->v, cfg->n * sizeof *cfg->v)`, `(o->count + 1) * sizeof`, `o->cap <<= 1`,
// `newsize = o->size < 512 ? 512 : o->size * 2`): to wrap the product the program would first have to hold that
// many elements, so an overflow there is a note. The count must belong to the object whose array is reallocated.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { scopeOf } from '../walk';

const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const squash = (t: string): string => t.replace(/\s+/g, '');

/** The text without casts and outer parentheses: `(size_t)cfg->n` -> `cfg->n`. */
function bare(text: string): string {
  return squash(text)
    .replace(/^\((size_t|unsigned(long)*|int|long|u?int\d*_t)\)/, '')
    .replace(/^\((.*)\)$/, '$1');
}

/** `o->items` -> `o->`, `o.items` -> `o.`: the object a member belongs to, or '' for a plain name. */
function ownerOf(member: string): string {
  return /^(.*(->|\.))\w+$/.exec(member)?.[1] ?? '';
}

/**
 * `factor`, a count in the size of `realloc(array, ...)` at `at`, is the kept count of `array`'s owner grown one
 * step (`+ 1`, `++`, `+= 1`) or doubled (`<<= 1`, `*= 2`, or a local set to twice the owner's size).
 */
export function grownStepwise(factor: SyntaxNode, array: SyntaxNode, at: SyntaxNode): boolean {
  const owner = ownerOf(bare(array.text));
  if (owner === '') return false;
  const name = bare(factor.text);
  const kept = (text: string): boolean => text.startsWith(owner) && /^[\w.>-]+$/.test(text);
  if (/\+1$/.test(name)) return kept(name.slice(0, -2));
  const fn = scopeOf(at);
  const before = squash(fn.text.slice(0, at.startIndex - fn.startIndex));
  const n = esc(name);
  if (kept(name)) return new RegExp(`(^|[^\\w.>])${n}(\\+\\+|\\+=1;|<<=1;|\\*=2;)|\\+\\+${n}(?![\\w.>-])`).test(before);
  if (!/^[A-Za-z_]\w*$/.test(name)) return false;
  const sets = [...before.matchAll(new RegExp(`(^|[;{}(])(size_t|unsigned|int|long)?${n}=([^;]+);`, 'g'))];
  return sets.length > 0 && sets.every((m) => /\*2\b|<<1\b/.test(m[3] ?? '') && (m[3] ?? '').includes(owner));
}
