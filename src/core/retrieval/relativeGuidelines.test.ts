// A chosen CWE brings the guidelines of its close relatives that fit the task's language, and the
// trace says which relation brought each; the CWE ranking itself is unchanged.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeArtefact } from '../kbTools/buildKnowledgeArtefact';
import { validateKbSources } from '../kbTools/validateKbSources';
import { fixtureKbSources } from '../kbTools/fixtureKbSources';
import { createKnowledgeBase } from '../kbTools/KnowledgeBase';
import { createOramaSearch } from '../../adapters/orama/createOramaSearch';
import { deriveFacets } from '../facets/deriveFacets';
import { retrievalRecordSchema } from './retrievalRecordSchema';
import { retrieve } from './retrieve';

const hash = (t: string): string => createHash('sha256').update(t).digest('hex');

/** The fixture plus CWE-77, the MITRE parent of its CWE-78, with one Python and one C guideline. */
function sourcesWithParent() {
  const files = fixtureKbSources();
  files.push({
    path: 'kb/cwe/CWE-77.yaml',
    data: {
      id: 'CWE-77',
      name: 'Command Injection',
      description: 'A command interpreter receives text built from input.',
      cause: 'Input becomes part of a command string, so its special characters change the command.',
      languages: ['python', 'c'],
      guidelines: [
        { id: 'CWE-77-g1', text: 'Keep input out of interpreter strings.', languages: ['python'], apis: [] },
        { id: 'CWE-77-g2', text: 'Quote with a C escaping helper.', languages: ['c'], apis: [] },
      ],
    },
  });
  return files;
}

describe('retrieval brings a relative’s guidelines', () => {
  it('lists CWE-77’s Python guideline under the chosen CWE-78, marked as coming from its parent', async () => {
    const kb = await createKnowledgeBase(
      buildKnowledgeArtefact(validateKbSources(sourcesWithParent()), { hash }),
      createOramaSearch,
    );
    const task = { id: 't', language: 'python' as const, kind: 'nl' as const, prompt: 'Ping a host with shell=True' };
    const record = await retrieve(kb, await deriveFacets(task, kb), { settings: { k: 1 } });
    expect(record.chosen).toEqual(['CWE-78']);
    const node = record.cwes[0]!;
    expect(node.related).toEqual([{ id: 'CWE-77', relation: 'parent' }]);
    const borrowed = node.guidelines.filter((g) => g.relation);
    expect(borrowed.map((g) => [g.id, g.cwe, g.relation, g.chosen])).toEqual([['CWE-77-g1', 'CWE-77', 'parent', true]]);
    expect(borrowed[0]!.why).toBe('chosen from CWE-77, the parent of CWE-78');
    expect(node.guidelines.filter((g) => g.chosen && !g.relation).every((g) => g.cwe === 'CWE-78')).toBe(true);
    expect(retrievalRecordSchema.safeParse(record).success).toBe(true);
    // With CWE-77 chosen itself (k = 2 and it passes), it lends nothing: its guidelines are its own.
    const wider = { ...task, prompt: 'Ping a host with shell=True; the command string is built from input' };
    const both = await retrieve(kb, await deriveFacets(wider, kb), {
      settings: { k: 3, thresholds: { 'text:bm25': 0, 'text:vector': 0, api: 0 } },
    });
    expect(both.chosen).toContain('CWE-77');
    expect(both.cwes.flatMap((c) => c.guidelines).filter((g) => g.relation)).toEqual([]);
  });
});
