// The guidelines a chosen CWE borrows from its close relatives (MITRE parent, child, declared sibling):
// benchmarks and models name neighbouring CWEs for one flaw (CWE-78 vs 77, 327 vs 328), so a relative's advice
// in the task's language is often the advice that applies. Relatives that are chosen themselves lend nothing.
import type { ArtefactCwe, ArtefactGuideline } from '../kb/knowledgeArtefactSchema';
import type { CweRelation } from '../cwe/createCweHierarchy';
import type { CweHierarchy } from '../cwe/createCweHierarchy';

export interface Borrowed {
  guideline: ArtefactGuideline;
  /** The chosen CWE the guideline is listed under. */
  home: string;
  /** What the guideline's own CWE is to `home`. */
  relation: CweRelation;
}

/** A relative's guideline fits when written for the language, or for all languages of a CWE that has it. */
function fitsLanguage(g: ArtefactGuideline, owner: ArtefactCwe, language: string): boolean {
  return (g.languages.length > 0 ? g.languages : owner.languages).some((l) => l === language);
}

export function relativeGuidelines(
  chosen: readonly ArtefactCwe[],
  cweById: (id: string) => ArtefactCwe | undefined,
  hierarchy: CweHierarchy,
  language: string,
): Borrowed[] {
  const chosenIds = new Set(chosen.map((c) => c.id));
  const taken = new Set<string>();
  const out: Borrowed[] = [];
  for (const home of chosen) {
    for (const { id, relation } of hierarchy.relatives(home.id)) {
      const owner = cweById(id);
      if (!owner || chosenIds.has(id)) continue;
      for (const guideline of owner.guidelines) {
        if (taken.has(guideline.id) || !fitsLanguage(guideline, owner, language)) continue;
        taken.add(guideline.id);
        out.push({ guideline, home: home.id, relation });
      }
    }
  }
  return out;
}
