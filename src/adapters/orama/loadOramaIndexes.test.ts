import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeArtefact } from '../../core/kbTools/buildKnowledgeArtefact';
import { validateKbSources } from '../../core/kbTools/validateKbSources';
import { fixtureKbSources } from '../../core/kbTools/fixtureKbSources';
import { createEmbedder } from '../../core/kb/Embedder';
import { searchCorpus } from '../../core/kb/searchCorpus';
import type { SearchIndexName } from '../../core/kb/KnowledgeSearch';
import { buildOramaIndexes } from './buildOramaIndexes';
import { saveOramaIndexes } from './saveOramaIndexes';
import { loadOramaIndexes } from './loadOramaIndexes';
import { oramaSearch } from './createOramaSearch';
import { oramaIndexFileSchema } from './oramaIndexFile';

const hash = (t: string): string => createHash('sha256').update(t).digest('hex');
const artefact = buildKnowledgeArtefact(validateKbSources(fixtureKbSources()), { hash });
const embedder = createEmbedder(artefact.embedder);
const corpus = searchCorpus(artefact, embedder);

const QUERIES = [
  'Write a function that pings a host with a shell command using subprocess.run',
  'query the users table with the id from the request using cursor.execute',
  'read a file whose name the user gives and return it',
  'shell command injection os.system',
];
const INDEXES: SearchIndexName[] = ['cwes', 'guidelines', 'examples', 'advisories'];

describe('prebuilt Orama indexes (save at build, load at start)', () => {
  it('answers every index exactly like the freshly built databases, with and without a CWE filter', async () => {
    const built = await buildOramaIndexes(corpus);
    const loaded = loadOramaIndexes(JSON.parse(saveOramaIndexes(built, artefact.version)), corpus, artefact.version);
    expect(loaded).not.toBeNull();
    // Only the advisories index (explorer search, never retrieval) waits for its first use.
    expect([...loaded!].filter(([, slot]) => typeof slot === 'function').map(([name]) => name)).toEqual(['advisories']);
    const fresh = oramaSearch(built);
    const restored = oramaSearch(loaded!);
    let compared = 0;
    for (const query of QUERIES) {
      const vector = embedder.embed(query);
      for (const index of INDEXES) {
        for (const filter of [undefined, { cwes: [artefact.cwes[0]!.id] }]) {
          const a = await restored.fulltext(index, query, filter);
          expect(a).toEqual(await fresh.fulltext(index, query, filter));
          const v = await restored.vector(index, vector, 'text', filter);
          expect(v).toEqual(await fresh.vector(index, vector, 'text', filter));
          compared += a.length + v.length;
        }
      }
      expect(await restored.vector('cwes', vector, 'cause')).toEqual(await fresh.vector('cwes', vector, 'cause'));
    }
    expect(compared).toBeGreaterThan(40);
    expect((await restored.fulltext('cwes', 'shell command'))[0]?.id).toBe('CWE-78');
  });

  it('writes the same bytes twice and ships neither documents nor vectors', async () => {
    const a = saveOramaIndexes(await buildOramaIndexes(corpus), artefact.version);
    const b = saveOramaIndexes(await buildOramaIndexes(searchCorpus(artefact, embedder)), artefact.version);
    expect(a).toBe(b);
    const cwes = JSON.stringify(oramaIndexFileSchema.parse(JSON.parse(a)).indexes.cwes);
    expect(cwes).toContain('"vectorIndexes":{"vtext":{"size":');
    expect(cwes).toContain('"vectors":[]');
    expect(cwes).not.toContain('"docs"');
    // The BM25 statistics were derivable from the term lists (checked against save()), so left out.
    expect(cwes).not.toContain('"frequencies"');
    // A float of a shipped vector would be written with many digits; none appears.
    expect(a).not.toContain(String(corpus.indexes.cwes[0]!.vectors.text![0]));
  });

  it('refuses a file of another artefact, another corpus or another format', async () => {
    const saved = saveOramaIndexes(await buildOramaIndexes(corpus), artefact.version);
    expect(loadOramaIndexes(JSON.parse(saved), corpus, 'other-version')).toBeNull();
    const fewer = { ...corpus, indexes: { ...corpus.indexes, examples: corpus.indexes.examples.slice(1) } };
    expect(loadOramaIndexes(JSON.parse(saved), fewer, artefact.version)).toBeNull();
    expect(loadOramaIndexes({ format: 'other' }, corpus, artefact.version)).toBeNull();
  });
});
