// Puts a user knowledge base beside the built-in one: user guidelines and examples join their
// CWE (or bring a new CWE), under the built-in embedder, so one retrieval searches both.
import type { KnowledgeArtefact, ArtefactCwe } from '../../kb/knowledgeArtefactSchema';
import { cweNumber } from '../buildKnowledgeArtefact';
import type { UserKb } from './userKbSchema';

export interface UserIds {
  /** CWEs only the user knowledge base has. */
  cwes: ReadonlySet<string>;
  /** Guideline and example ids from the user knowledge base. */
  items: ReadonlySet<string>;
}

export function mergeUserKnowledge(
  builtin: KnowledgeArtefact,
  user: UserKb,
): { artefact: KnowledgeArtefact; userIds: UserIds } {
  const merged = new Map<string, ArtefactCwe>(builtin.cwes.map((c) => [c.id, c]));
  const userCwes = new Set<string>();
  const items = new Set<string>();
  for (const cwe of user.cwes) {
    for (const item of [...cwe.guidelines, ...cwe.examples]) items.add(item.id);
    const base = merged.get(cwe.id);
    if (!base) {
      userCwes.add(cwe.id);
      merged.set(cwe.id, cwe);
      continue;
    }
    // The built-in name, description and cause stay: they were written for retrieval.
    merged.set(cwe.id, {
      ...base,
      languages: [...new Set([...base.languages, ...cwe.languages])],
      related: [...new Set([...base.related, ...cwe.related])].filter((id) => id !== cwe.id),
      guidelines: [...base.guidelines, ...cwe.guidelines],
      examples: [...base.examples, ...cwe.examples],
    });
  }
  const cwes = [...merged.values()].sort((a, b) => cweNumber(a.id) - cweNumber(b.id));
  // The built-in precomputed vectors and terms describe the built-in items only: the merged
  // knowledge base computes its own (the loader does when `precomputed` is absent).
  const { precomputed, ...plain } = builtin;
  void precomputed;
  return {
    artefact: { ...plain, cwes, version: `${builtin.version}+${user.version}` },
    userIds: { cwes: userCwes, items },
  };
}
