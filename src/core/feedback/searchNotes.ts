// Team notes as a second retrieval source: a small in-memory BM25 over the notes (with the
// knowledge base's tokenizer), the task facets as the query, scores scaled by each note's weight.
import type { FacetsRecord } from '../facets/FacetsRecord';
import type { FeedbackNote } from './FeedbackEntry';
import { tokenize } from '../kb/tokenize';

export interface NoteHit {
  note: FeedbackNote;
  /** BM25 score times the note's weight (a note of the task's language gets 1.5x). */
  score: number;
  bm25: number;
  matched: string[];
}

const K1 = 1.2;
const B = 0.75;

export function searchNotes(notes: readonly FeedbackNote[], facets: FacetsRecord, limit = 3): NoteHit[] {
  if (!notes.length) return [];
  const query = [...new Set(tokenize([facets.text, ...facets.apis, ...facets.identifiers].join('\n')))];
  const docs = notes.map((n) => tokenize(`${n.text} ${n.cwe}`));
  const avg = docs.reduce((s, d) => s + d.length, 0) / docs.length || 1;
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const hits: NoteHit[] = [];
  notes.forEach((note, i) => {
    const doc = docs[i] ?? [];
    let bm25 = 0;
    const matched: string[] = [];
    for (const term of query) {
      const tf = doc.filter((t) => t === term).length;
      if (!tf) continue;
      const n = df.get(term) ?? 0;
      const idf = Math.log(1 + (notes.length - n + 0.5) / (n + 0.5));
      bm25 += idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.length) / avg)));
      matched.push(term);
    }
    if (bm25 <= 0) return;
    const score = bm25 * note.weight * (note.language === facets.language ? 1.5 : 1);
    hits.push({ note, score: Math.round(score * 1000) / 1000, bm25: Math.round(bm25 * 1000) / 1000, matched });
  });
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
