// retrieve on the fixture knowledge base: the ranking never depends on thresholds, they only decide
// what is injected, and a task with nothing injected still gets a ranked list and a note naming it.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeArtefact } from '../kbTools/buildKnowledgeArtefact';
import { validateKbSources } from '../kbTools/validateKbSources';
import { fixtureKbSources } from '../kbTools/fixtureKbSources';
import { createKnowledgeBase, type KnowledgeBase } from '../kbTools/KnowledgeBase';
import { createOramaSearch } from '../../adapters/orama/createOramaSearch';
import { deriveFacets } from '../facets/deriveFacets';
import { retrievalRecordSchema } from './retrievalRecordSchema';
import { retrieve } from './retrieve';

const hash = (t: string): string => createHash('sha256').update(t).digest('hex');
const PREFIX = 'import os\n\ndef archive(label):\n    """Pack a backup with tar, named after the label."""\n';
const SHELL_PREFIX = 'import os\n\ndef archive(label):\n    """Run a shell command that packs the label with tar."""\n';

async function fixtureKb(): Promise<KnowledgeBase> {
  return createKnowledgeBase(
    buildKnowledgeArtefact(validateKbSources(fixtureKbSources()), { hash }),
    createOramaSearch,
  );
}

describe('retrieve', () => {
  it('ranks the same with any thresholds; a code prefix under every cut gets a ranked list and a note', async () => {
    const kb = await fixtureKb();
    const facets = await deriveFacets({ id: 't', language: 'python', kind: 'completion', prompt: PREFIX }, kb);
    const open = await retrieve(kb, facets, { settings: { thresholds: { 'text:bm25': 0, 'text:vector': 0, api: 0 } } });
    const strict = await retrieve(kb, facets, {
      settings: { thresholds: { 'text:bm25': 1e9, 'text:vector': 1e9, api: 1e9, cause: 1e9, 'draft-api': 1e9 } },
    });
    expect(strict.cwes.map((c) => [c.id, c.fused])).toEqual(open.cwes.map((c) => [c.id, c.fused]));
    expect(open.outcome).toBe('knowledge');
    expect(open.chosen.length).toBeGreaterThan(0);
    expect(open.note).toBeUndefined();
    expect(strict.outcome).toBe('none');
    expect(strict.chosen).toEqual([]);
    expect(strict.cwes.every((c) => !c.chosen && c.guidelines.length === 0)).toBe(true);
    expect(strict.cwes[0]!.fused).toBeGreaterThan(0);
    expect(strict.note).toContain(`best candidates: ${strict.cwes[0]!.id} (`);
    expect(strict.cwes[0]!.why).toMatch(/^not injected: in the top 4 .* but no facet passed its threshold$/);
    expect(retrievalRecordSchema.parse(strict)).toEqual(strict);
  });

  it("gives a code prefix's comment its own ranking-only vote, and a plain request none", async () => {
    const kb = await fixtureKb();
    const prefix = await retrieve(
      kb,
      await deriveFacets({ id: 't', language: 'python', kind: 'completion', prompt: SHELL_PREFIX }, kb),
    );
    const intents = prefix.cwes.flatMap((c) => c.facets.filter((f) => f.facet === 'intent:vector'));
    expect(intents).toHaveLength(prefix.cwes.length);
    expect(intents.some((f) => f.rank !== null && f.contribution > 0)).toBe(true);
    expect(intents.every((f) => !f.passed)).toBe(true);
    const without = await retrieve(
      kb,
      await deriveFacets({ id: 't', language: 'python', kind: 'completion', prompt: SHELL_PREFIX }, kb),
      { facets: ['text:bm25', 'text:vector', 'api'] },
    );
    expect(without.cwes.map((c) => c.fused)).not.toEqual(prefix.cwes.map((c) => c.fused));
    const request = await retrieve(
      kb,
      await deriveFacets({ id: 'n', language: 'python', kind: 'nl', prompt: 'Back up a folder of files' }, kb),
    );
    expect(request.cwes.every((c) => c.facets.every((f) => f.facet !== 'intent:vector'))).toBe(true);
  });

  it('gives a prefix without comments an intent vote from its names, and none when it names nothing', async () => {
    const kb = await fixtureKb();
    const named = 'import os\n\ndef run_shell_command(label):\n    command = ';
    const facets = await deriveFacets({ id: 't', language: 'python', kind: 'completion', prompt: named }, kb);
    expect(facets.textFromCode).toBeUndefined();
    expect(facets.intentNames).toEqual(['run_shell_command', 'command']);
    const record = await retrieve(kb, facets);
    const intents = record.cwes.flatMap((c) => c.facets.filter((f) => f.facet === 'intent:vector'));
    expect(intents.some((f) => f.rank !== null && f.contribution > 0)).toBe(true);
    const bare = await deriveFacets({ id: 'b', language: 'python', kind: 'completion', prompt: 'x = 1\n' }, kb);
    expect(bare.intentNames).toBeUndefined();
    const plain = await retrieve(kb, bare);
    expect(plain.cwes.every((c) => c.facets.every((f) => f.facet !== 'intent:vector'))).toBe(true);
  });
});
