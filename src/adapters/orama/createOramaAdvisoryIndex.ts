// AdvisoryIndex over Orama BM25. Marker tokens such as "shell=true" or "strcpy(" contain characters
// Orama's tokenizer would split on, so each token is encoded into one word-safe term first.
import { create, insertMultiple, search } from '@orama/orama';
import type { AdvisoryDocument, AdvisoryIndex } from '../../core/revision/AdvisoryIndex';

const CODES: Record<string, string> = { '.': 'd', '(': 'p', '=': 'e', ':': 'c', $: 's' };

/** "shell=true" -> "shellzetrue_" : letters and digits kept, the rest spelled "z<code>", "_" ends the term. */
export function encodeTerm(token: string): string {
  let out = '';
  for (const ch of token) out += /[a-z0-9]/.test(ch) ? ch : `z${CODES[ch] ?? 'x'}`;
  return `${out}_`;
}

export async function createOramaAdvisoryIndex(docs: AdvisoryDocument[]): Promise<AdvisoryIndex> {
  const db = create({
    schema: { family: 'enum', body: 'string' },
    components: { tokenizer: { allowDuplicates: true, stemming: false } },
  });
  await insertMultiple(
    db,
    docs.map((d) => ({ id: d.id, family: d.family, body: d.tokens.map(encodeTerm).join(' ') })),
    500,
  );
  return {
    async search(tokens, families, limit) {
      const term = [...new Set(tokens.map(encodeTerm))].join(' ');
      if (!term) return [];
      const result = await search(db, {
        term,
        properties: ['body'],
        threshold: 1,
        limit,
        ...(families ? { where: { family: { in: families } } } : {}),
      });
      return result.hits.map((h) => ({ id: String(h.id), score: h.score }));
    },
  };
}
