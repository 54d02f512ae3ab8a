// A language-conditioned prior read from the knowledge base itself: how much of the KB's material
// (examples written in the language, guidelines written for it) each CWE has in a language. The
// authors wrote most for the weaknesses that language commonly has (memory safety in C, injection
// in Python), so in a code prefix that names little, this list puts those first. It is a weak,
// ranking-only RRF list (rankCwes.ts): it orders candidates the task's own evidence leaves close.
import type { ArtefactCwe } from '../kb/knowledgeArtefactSchema';

/** Language -> CWE id -> examples in that language plus guidelines that list it. */
export type LanguageMaterial = ReadonlyMap<string, ReadonlyMap<string, number>>;

export function languageMaterial(cwes: readonly ArtefactCwe[]): LanguageMaterial {
  const out = new Map<string, Map<string, number>>();
  const add = (language: string, cwe: string): void => {
    const row = out.get(language) ?? new Map<string, number>();
    row.set(cwe, (row.get(cwe) ?? 0) + 1);
    out.set(language, row);
  };
  for (const c of cwes) {
    for (const e of c.examples) add(e.language, c.id);
    for (const g of c.guidelines) for (const l of g.languages) add(l, c.id);
  }
  return out;
}
