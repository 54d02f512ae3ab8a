// Puts matching team notes into the retrieval tree as guideline nodes marked source 'feedback',
// under their CWE (a CWE the knowledge base lacks gets its own feedback node). Notes under a chosen
// CWE are chosen too, so they reach the prompt beside the built-in guidelines.
import type { CweNode, GuidelineNode, RetrievalRecord } from '../retrieval/RetrievalRecord';
import type { NoteHit } from './searchNotes';

export function attachFeedbackNotes(record: RetrievalRecord, hits: readonly NoteHit[]): RetrievalRecord {
  if (!hits.length) return record;
  const cwes: CweNode[] = record.cwes.map((c) => ({ ...c, guidelines: [...c.guidelines] }));
  hits.forEach((hit, i) => {
    let parent = cwes.find((c) => c.id === hit.note.cwe);
    if (!parent) {
      parent = {
        id: hit.note.cwe,
        name: 'Team feedback',
        rank: cwes.length + 1,
        fused: 0,
        chosen: false,
        facets: [],
        why: 'not chosen: only team feedback mentions this CWE',
        source: 'feedback',
        guidelines: [],
        examples: [],
      };
      cwes.push(parent);
    }
    const node: GuidelineNode = {
      id: hit.note.feedbackId,
      cwe: hit.note.cwe,
      text: `Team note: ${hit.note.text}`,
      rank: i + 1,
      fused: hit.score,
      chosen: parent.chosen,
      facets: [{ facet: 'feedback:bm25', score: hit.bm25, rank: i + 1, threshold: 0, passed: true, contribution: 0 }],
      why: `team feedback (weight ${hit.note.weight.toFixed(2)}), matched ${hit.matched.slice(0, 5).join(', ')}${parent.chosen ? '' : '; its CWE was not chosen'}`,
      source: 'feedback',
    };
    parent.guidelines.push(node);
  });
  return { ...record, cwes };
}
