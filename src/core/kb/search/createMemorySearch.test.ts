import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMemorySearch } from './createMemorySearch';
import { createOramaSearch } from '../../../adapters/orama/createOramaSearch';
import { buildKnowledgeArtefact } from '../buildKnowledgeArtefact';
import { validateKbSources } from '../validateKbSources';
import { fixtureKbSources } from '../fixtureKbSources';
import { createEmbedder } from '../Embedder';
import { searchCorpus } from '../searchCorpus';
import type { SearchIndexName } from '../KnowledgeSearch';

const hash = (t: string): string => createHash('sha256').update(t).digest('hex');
const artefact = buildKnowledgeArtefact(validateKbSources(fixtureKbSources()), { hash });
const embedder = createEmbedder(artefact.embedder);
const corpus = searchCorpus(artefact, embedder);

const QUERIES = [
  'Write a function that pings a host with a shell command using subprocess.run',
  'query the users table with the id from the request using cursor.execute',
  'read a file whose name the user gives and return it',
  'Return the nth Fibonacci number.',
  'shell command injection os.system',
];
const INDEXES: SearchIndexName[] = ['cwes', 'guidelines', 'examples', 'advisories'];

describe('createMemorySearch', () => {
  it('returns the same hits, order and scores as the Orama adapter for BM25 and vectors', async () => {
    const memory = createMemorySearch(corpus);
    const orama = await createOramaSearch(corpus);
    let compared = 0;
    for (const query of QUERIES) {
      const vector = embedder.embed(query);
      for (const index of INDEXES) {
        const filters = [undefined, { cwes: [artefact.cwes[0]!.id] }];
        for (const filter of filters) {
          const a = await memory.fulltext(index, query, filter);
          const b = await orama.fulltext(index, query, filter);
          expect(a.map((h) => h.id)).toEqual(b.map((h) => h.id));
          a.forEach((h, i) => expect(h.score).toBeCloseTo(b[i]!.score, 12));
          const va = await memory.vector(index, vector, 'text', filter);
          const vb = await orama.vector(index, vector, 'text', filter);
          expect(va).toEqual(vb);
          compared += a.length + va.length;
        }
      }
      expect(await memory.vector('cwes', vector, 'cause')).toEqual(await orama.vector('cwes', vector, 'cause'));
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('finds nothing for terms no document has, an empty filter, or a zero vector', async () => {
    const memory = createMemorySearch(corpus);
    expect(await memory.fulltext('cwes', 'zzqx unknownword')).toEqual([]);
    expect(await memory.fulltext('cwes', 'shell command', { cwes: [] })).toEqual([]);
    expect(await memory.vector('cwes', new Float32Array(embedder.dims))).toEqual([]);
    expect((await memory.fulltext('cwes', 'shell command'))[0]?.id).toBe('CWE-78');
  });
});
