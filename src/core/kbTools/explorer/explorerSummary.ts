// Counts for the explorer's CWE list and its CWE x language table, over the built-in knowledge
// base or the merged one (user items counted separately).
import type { ArtefactCwe } from '../../kb/knowledgeArtefactSchema';
import type { AdvisorySource } from '../../kb/kbSourceSchema';
import type { UserIds } from '../ingest/mergeUserKnowledge';
import type { ExplorerSummary, UserKbInfo } from './ExplorerData';

export interface ExplorableKnowledge {
  version: string;
  cwes: readonly ArtefactCwe[];
  advisories: readonly AdvisorySource[];
}

export const NO_USER_IDS: UserIds = { cwes: new Set(), items: new Set() };

export function explorerSummary(
  kb: ExplorableKnowledge,
  userIds: UserIds = NO_USER_IDS,
  user: UserKbInfo | null = null,
): ExplorerSummary {
  const languages = new Set<string>();
  const cwes = kb.cwes.map((cwe) => {
    const byLanguage: Record<string, number> = {};
    for (const e of cwe.examples) {
      byLanguage[e.language] = (byLanguage[e.language] ?? 0) + 1;
      languages.add(e.language);
    }
    return {
      id: cwe.id,
      name: cwe.name,
      source: userIds.cwes.has(cwe.id) ? ('user' as const) : ('builtin' as const),
      guidelines: cwe.guidelines.length,
      examples: cwe.examples.length,
      userExamples: cwe.examples.filter((e) => userIds.items.has(e.id)).length,
      advisories: kb.advisories.filter((a) => a.cwe === cwe.id).length,
      byLanguage,
    };
  });
  return {
    kbVersion: kb.version,
    user,
    cwes,
    languages: [...languages].sort(),
    totals: {
      cwes: cwes.length,
      guidelines: cwes.reduce((n, c) => n + c.guidelines, 0),
      examples: cwes.reduce((n, c) => n + c.examples, 0),
      advisories: kb.advisories.length,
    },
  };
}

export function userKbInfo(user: {
  name: string;
  version: string;
  cwes: readonly ArtefactCwe[];
  distillation: { status: 'done' | 'skipped' };
}): UserKbInfo {
  return {
    name: user.name,
    version: user.version,
    cwes: user.cwes.length,
    guidelines: user.cwes.reduce((n, c) => n + c.guidelines.length, 0),
    examples: user.cwes.reduce((n, c) => n + c.examples.length, 0),
    distillation: user.distillation.status,
  };
}
