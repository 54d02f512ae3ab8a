// The explorer's data over a merged knowledge base: counts by CWE and language, a CWE's detail
// and full-text hits, each marked builtin or user.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeArtefact } from '../buildKnowledgeArtefact';
import { validateKbSources } from '../validateKbSources';
import { fixtureKbSources } from '../fixtureKbSources';
import { createKnowledgeBase } from '../KnowledgeBase';
import { createOramaSearch } from '../../../adapters/orama/createOramaSearch';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { FIXTURE_PAIRS_JSONL } from '../ingest/fixturePairs';
import { parsePairsJsonl } from '../ingest/parsePairsJsonl';
import { ingestPairs } from '../ingest/ingestPairs';
import { mergeUserKnowledge } from '../ingest/mergeUserKnowledge';
import { explorerSummary, userKbInfo } from './explorerSummary';
import { explorerCwe } from './explorerCwe';
import { explorerSearch } from './explorerSearch';

const hash = (t: string): string => createHash('sha256').update(t).digest('hex');

describe('explorer data', async () => {
  const builtin = buildKnowledgeArtefact(validateKbSources(fixtureKbSources()), { hash });
  const user = await ingestPairs(parsePairsJsonl(FIXTURE_PAIRS_JSONL).pairs, nodeParser(), { name: 'fixture' });
  const { artefact, userIds } = mergeUserKnowledge(builtin, user);
  const kb = await createKnowledgeBase(artefact, createOramaSearch);

  it('counts examples by CWE and language and marks user-only CWEs', () => {
    const summary = explorerSummary(kb, userIds, userKbInfo(user));
    const shell = summary.cwes.find((c) => c.id === 'CWE-78')!;
    expect(shell).toMatchObject({ source: 'builtin', examples: 3, userExamples: 2, byLanguage: { python: 3 } });
    expect(summary.cwes.find((c) => c.id === 'CWE-476')).toMatchObject({ source: 'user', byLanguage: { c: 1 } });
    expect(summary.languages).toEqual(['c', 'python']);
    expect(summary.user).toMatchObject({ name: 'fixture', cwes: 3, examples: 4, distillation: 'skipped' });
    expect(summary.totals.examples).toBe(builtin.cwes.reduce((n, c) => n + c.examples.length, 0) + 4);
  });

  it('gives a CWE with its items marked by source, and null for an unknown id', () => {
    const detail = explorerCwe(kb, 'CWE-78', userIds)!;
    expect(detail.examples.map((e) => e.source)).toEqual(['builtin', 'user', 'user']);
    expect(detail.guidelines.every((g) => g.source === 'builtin')).toBe(true);
    expect(detail.advisories.every((a) => a.cwe === 'CWE-78')).toBe(true);
    expect(explorerCwe(kb, 'CWE-1', userIds)).toBeNull();
  });

  it('searches every index and says where each hit came from', async () => {
    const hits = await explorerSearch(kb, 'tar backup archive label', userIds);
    const user = hits.find((h) => h.id === 'user:CWE-78-python-1');
    expect(user).toMatchObject({ index: 'examples', cwe: 'CWE-78', source: 'user' });
    expect(await explorerSearch(kb, '   ', userIds)).toEqual([]);
  });
});
