// The code hints the advisor reads (one file per hint in this folder; add one here to enable it).
import type { CodeHint } from './CodeHint';
import { uncheckedResultDereference } from './uncheckedResultDereference';
import { unboundedIndexRead, unboundedIndexWrite } from './unboundedIndex';
import { useAfterFree } from './useAfterFree';

export const CODE_HINTS: readonly CodeHint[] = [
  uncheckedResultDereference,
  useAfterFree,
  unboundedIndexRead,
  unboundedIndexWrite,
];

/** The CWEs whose hints fire in the code of a language family. */
export function hintedCwes(code: string, family: string, hints: readonly CodeHint[] = CODE_HINTS): Set<string> {
  return new Set(hints.filter((h) => h.families.includes(family) && h.present(code)).map((h) => h.cwe));
}
