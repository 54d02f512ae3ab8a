// The BM25 statistics Orama keeps per text field (term frequency per document, documents per term,
// field length per document), derived from the corpus's shipped term lists. They are most of
// save()'s bytes (2.2 of 4 MB) and, with duplicate terms dropped, a pure function of those lists:
// tf = 1 / distinct terms of the field. kb build checks the derivation against save() and ships
// them only when it differs; the loader puts them back before Orama's load().
import type { SearchDocument } from '../../core/kb/KnowledgeSearch';
import { canonicalJson } from '../../core/kb/canonicalJson';

export interface Bm25Statistics {
  frequencies: Record<string, Record<number, Record<string, number>>>;
  tokenOccurrences: Record<string, Record<string, number>>;
  fieldLengths: Record<string, Record<number, number>>;
}

/** `properties`: the text fields of the schema; Orama's internal ids are insertion positions + 1. */
export function deriveBm25Statistics(docs: readonly SearchDocument[], properties: readonly string[]): Bm25Statistics {
  const stats: Bm25Statistics = { frequencies: {}, tokenOccurrences: {}, fieldLengths: {} };
  // One suffixed string per distinct term, shared by every document (this runs while the page waits).
  const suffixed = new Map<string, string>();
  for (const property of properties) {
    const frequencies: Record<number, Record<string, number>> = {};
    const occurrences: Record<string, number> = {};
    const lengths: Record<number, number> = {};
    for (let i = 0; i < docs.length; i += 1) {
      const terms = docs[i]!.terms[property] ?? [];
      const tf: Record<string, number> = {};
      for (const t of terms) {
        let term = suffixed.get(t);
        if (term === undefined) {
          term = `${t}_`;
          suffixed.set(t, term);
        }
        tf[term] = 1 / terms.length;
        occurrences[term] = (occurrences[term] ?? 0) + 1;
      }
      lengths[i + 1] = terms.length;
      frequencies[i + 1] = tf;
    }
    stats.frequencies[property] = frequencies;
    stats.tokenOccurrences[property] = occurrences;
    stats.fieldLengths[property] = lengths;
  }
  return stats;
}

/** True when the saved statistics are exactly the derived ones (key order aside). */
export function sameStatistics(saved: Readonly<Record<string, unknown>>, derived: Bm25Statistics): boolean {
  return (['frequencies', 'tokenOccurrences', 'fieldLengths'] as const).every(
    (key) => canonicalJson(saved[key]) === canonicalJson(derived[key]),
  );
}
