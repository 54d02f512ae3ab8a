// A user KB merged beside a built-in one: retrieval searches both and marks user hits 'user'.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeArtefact } from '../buildKnowledgeArtefact';
import { validateKbSources } from '../validateKbSources';
import { fixtureKbSources } from '../fixtureKbSources';
import { createKnowledgeBase } from '../KnowledgeBase';
import { createOramaSearch } from '../../../adapters/orama/createOramaSearch';
import { deriveFacets } from '../../facets/deriveFacets';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { FIXTURE_PAIRS_JSONL } from './fixturePairs';
import { parsePairsJsonl } from './parsePairsJsonl';
import { ingestPairs } from './ingestPairs';
import { mergeUserKnowledge } from './mergeUserKnowledge';
import { markUserSources } from './markUserSources';
import { retrieve } from '../../retrieval/retrieve';

const hash = (t: string): string => createHash('sha256').update(t).digest('hex');

describe('mergeUserKnowledge + markUserSources', () => {
  it('adds user examples to known CWEs, brings new CWEs, and retrieval marks user hits', async () => {
    const builtin = buildKnowledgeArtefact(validateKbSources(fixtureKbSources()), { hash });
    const user = await ingestPairs(parsePairsJsonl(FIXTURE_PAIRS_JSONL).pairs, nodeParser(), { name: 'fixture' });
    const { artefact, userIds } = mergeUserKnowledge(builtin, user);
    expect(artefact.cwes.map((c) => c.id)).toEqual(['CWE-78', 'CWE-89', 'CWE-476']);
    expect(userIds.cwes).toEqual(new Set(['CWE-476']));
    const shell = artefact.cwes.find((c) => c.id === 'CWE-78')!;
    expect(shell.examples.map((e) => e.id)).toEqual([
      'CWE-78-python-1',
      'user:CWE-78-python-1',
      'user:CWE-78-python-2',
    ]);
    expect(shell.cause).toBe(builtin.cwes.find((c) => c.id === 'CWE-78')!.cause);
    expect(artefact.version).toBe(`${builtin.version}+${user.version}`);

    const kb = await createKnowledgeBase(artefact, createOramaSearch);
    const facets = await deriveFacets(
      {
        id: 't',
        language: 'python',
        kind: 'nl',
        prompt: 'Pack a backup archive with tar, naming it after the user-supplied label, via os.system.',
      },
      kb,
    );
    const record = markUserSources(await retrieve(kb, facets), userIds);
    const top = record.cwes.find((c) => c.id === 'CWE-78')!;
    expect(top.source).toBe('builtin');
    const sources = new Map(top.examples.map((e) => [e.id, e.source]));
    expect(sources.get('user:CWE-78-python-1')).toBe('user');
    expect(sources.get('CWE-78-python-1')).toBe('builtin');
    expect(record.cwes.find((c) => c.id === 'CWE-476')?.source).toBe('user');
  });
});
