import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from './loadKnowledgeBase';
import { buildKnowledgeArtefact } from '../../core/kbTools/buildKnowledgeArtefact';
import { canonicalJson } from '../../core/kb/canonicalJson';
import { validateKbSources } from '../../core/kbTools/validateKbSources';
import { fixtureKbSources } from '../../core/kbTools/fixtureKbSources';
import { deriveFacets } from '../../core/facets/deriveFacets';
import { parseArtefact } from '../../core/kb/parseArtefact';
import { createEmbedder } from '../../core/kb/Embedder';
import { searchCorpus } from '../../core/kb/searchCorpus';
import { buildOramaIndexes } from './buildOramaIndexes';
import { saveOramaIndexes } from './saveOramaIndexes';
import { retrieve } from '../../core/retrieval/retrieve';

const hash = (t: string): string => createHash('sha256').update(t).digest('hex');
const json = canonicalJson(buildKnowledgeArtefact(validateKbSources(fixtureKbSources()), { hash }));

describe('loadKnowledgeBase + retrieve on a fixture KB', () => {
  it('puts the command-injection CWE first for a ping task, with guidelines of its language', async () => {
    const kb = await loadKnowledgeBase(json);
    const facets = await deriveFacets(
      {
        id: 't',
        language: 'python',
        kind: 'nl',
        prompt:
          'Write a function that pings a host with a shell command and returns the output, using `subprocess.run`.',
      },
      kb,
    );
    const record = await retrieve(kb, facets);
    expect(record.outcome).toBe('knowledge');
    expect(record.chosen[0]).toBe('CWE-78');
    const top = record.cwes[0]!;
    expect(top.facets.map((f) => f.facet)).toEqual(['text:bm25', 'text:vector', 'api', 'prior:language']);
    expect(top.guidelines.filter((g) => g.chosen).map((g) => g.id)).toEqual(
      expect.arrayContaining(['CWE-78-g1', 'CWE-78-g3']),
    );
    expect(top.guidelines.find((g) => g.id === 'CWE-78-g2')).toMatchObject({ chosen: false });
    expect(top.examples[0]).toMatchObject({ id: 'CWE-78-python-1', chosen: true });
    expect(record.kbVersion).toBe(kb.version);
  });

  it('injects nothing when no facet passes', async () => {
    const kb = await loadKnowledgeBase(json);
    const facets = await deriveFacets(
      { id: 't', language: 'python', kind: 'nl', prompt: 'Return the nth Fibonacci number.' },
      kb,
    );
    const record = await retrieve(kb, facets);
    expect(record.outcome).toBe('none');
    expect(record.chosen).toEqual([]);
    expect(record.cwes).toHaveLength(2);
  });

  it('loads the prebuilt indexes when they match and builds them otherwise, with the same retrieval', async () => {
    const artefact = parseArtefact(json);
    const corpus = searchCorpus(artefact, createEmbedder(artefact.embedder));
    const prebuilt = saveOramaIndexes(await buildOramaIndexes(corpus), artefact.version);
    const task = {
      id: 't',
      language: 'python' as const,
      kind: 'nl' as const,
      prompt: 'Run a shell command built from user input with os.system and return the output.',
    };
    const records = [];
    for (const [file, built] of [
      [prebuilt, 0],
      [undefined, 1],
      ['not json', 1],
      [prebuilt.replace(artefact.version, 'stale'), 1],
    ] as const) {
      const phases: Record<string, number> = {};
      const kb = await loadKnowledgeBase(json, phases, file);
      expect(phases.oramaBuilt).toBe(built);
      records.push(await retrieve(kb, await deriveFacets(task, kb)));
    }
    expect(records[0]!.chosen[0]).toBe('CWE-78');
    for (const r of records.slice(1)) expect(r).toEqual(records[0]);
  });

  it('rejects an artefact that is not one', async () => {
    await expect(loadKnowledgeBase('{"format":"other"}')).rejects.toMatchObject({ code: 'KB_INVALID' });
  });
});
