// Retrieval over the merged knowledge says where each hit came from: nodes whose ids belong to
// the user knowledge base are marked source 'user' (feedback marks stay as they are).
import type { RetrievalRecord } from '../../retrieval/RetrievalRecord';
import type { UserIds } from './mergeUserKnowledge';

export function markUserSources(record: RetrievalRecord, ids: UserIds): RetrievalRecord {
  if (ids.cwes.size === 0 && ids.items.size === 0) return record;
  const mark = <T extends { id: string; source: RetrievalRecord['cwes'][number]['source'] }>(
    node: T,
    user: boolean,
  ): T => (user && node.source === 'builtin' ? { ...node, source: 'user' } : node);
  return {
    ...record,
    cwes: record.cwes.map((cwe) => ({
      ...mark(cwe, ids.cwes.has(cwe.id)),
      guidelines: cwe.guidelines.map((g) => mark(g, ids.items.has(g.id))),
      examples: cwe.examples.map((e) => mark(e, ids.items.has(e.id))),
    })),
  };
}
