// One CWE for the explorer: cause, guidelines, examples (both views) and advisories, each item
// marked with the knowledge base it came from.
import type { UserIds } from '../ingest/mergeUserKnowledge';
import type { ExplorerCweDetail } from './ExplorerData';
import { NO_USER_IDS, type ExplorableKnowledge } from './explorerSummary';

export function explorerCwe(
  kb: ExplorableKnowledge,
  id: string,
  userIds: UserIds = NO_USER_IDS,
): ExplorerCweDetail | null {
  const cwe = kb.cwes.find((c) => c.id === id);
  if (!cwe) return null;
  const source = (itemId: string) => (userIds.items.has(itemId) ? ('user' as const) : ('builtin' as const));
  return {
    id: cwe.id,
    name: cwe.name,
    description: cwe.description,
    cause: cwe.cause,
    related: cwe.related,
    source: userIds.cwes.has(cwe.id) ? 'user' : 'builtin',
    guidelines: cwe.guidelines.map((g) => ({ ...g, source: source(g.id) })),
    examples: cwe.examples.map((e) => ({ ...e, source: source(e.id) })),
    advisories: kb.advisories.filter((a) => a.cwe === cwe.id),
  };
}
