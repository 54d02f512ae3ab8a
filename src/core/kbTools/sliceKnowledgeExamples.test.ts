// Knowledge-base example slicing: every pair ships sliced and aligned, the build stays
// deterministic, and a pair that does not parse stops the build naming its file and id.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { buildKnowledgeArtefact } from './buildKnowledgeArtefact';
import { canonicalJson } from '../kb/canonicalJson';
import { fixtureKbSources } from './fixtureKbSources';
import type { CweSource } from '../kb/kbSourceSchema';
import { validateKbSources } from './validateKbSources';
import { sliceKnowledgeExamples } from './sliceKnowledgeExamples';

const hash = (t: string): string => createHash('sha256').update(t).digest('hex');
const fileOf = (id: string): string => `kb/cwe/${id}.yaml`;

const longer: CweSource['examples'][number] = {
  id: 'CWE-78-python-9',
  language: 'python',
  task: 'Archive a folder.',
  description: 'The folder name reaches a shell.',
  vulnerable: [
    'import os',
    '',
    'def pack(folder, level):',
    '    stamp = today()',
    '    log("packing")',
    '    name = folder + ".tar"',
    '    os.system("tar czf " + name + " " + folder)',
    '    notify(stamp)',
    '    return name',
    '',
  ].join('\n'),
  fixed: [
    'import os',
    '',
    'def pack(folder, level):',
    '    stamp = today()',
    '    log("packing")',
    '    name = folder + ".tar"',
    '    subprocess.run(["tar", "czf", name, folder], check=True)',
    '    notify(stamp)',
    '    return name',
    '',
  ].join('\n'),
};

async function artefactJson(cwes: CweSource[]): Promise<string> {
  const sources = validateKbSources(fixtureKbSources());
  const withLonger = {
    ...sources,
    cwes: sources.cwes.map((c, i) =>
      i === 0 ? { ...c, examples: [...c.examples, ...cwes.flatMap((x) => x.examples)] } : c,
    ),
  };
  const { slicer } = await sliceKnowledgeExamples(withLonger.cwes, nodeParser(), fileOf);
  return canonicalJson(buildKnowledgeArtefact(withLonger, { hash, sliceExample: slicer }));
}

describe('sliceKnowledgeExamples', () => {
  it('ships every example sliced, with the changed lines kept and both sides aligned', async () => {
    const cwes = validateKbSources(fixtureKbSources()).cwes;
    const { slicer, warnings } = await sliceKnowledgeExamples(
      [{ ...cwes[0]!, examples: [longer] }],
      nodeParser(),
      fileOf,
    );
    expect(warnings).toEqual([]);
    const views = slicer(longer, { ...cwes[0]!, examples: [longer] });
    expect(views.vulnerable.sliced).toBe(true);
    expect(views.vulnerable.keptLines).toContain(7);
    expect(views.fixed.keptLines).toContain(7);
    expect(views.vulnerable.keptLines).toEqual(views.fixed.keptLines);
    // The logging call and the timestamp have nothing to do with the changed call.
    expect(views.vulnerable.keptLines).not.toContain(5);
    expect(views.fixed.slice).toContain('subprocess.run');
    expect(views.fixed.slice).toContain('# ...');
  });

  it('gives identical artefact bytes on every build', async () => {
    const extra = [{ ...validateKbSources(fixtureKbSources()).cwes[0]!, examples: [longer] }];
    expect(await artefactJson(extra)).toBe(await artefactJson(extra));
  });

  it('stops on a pair that does not parse, naming the file and the example', async () => {
    const cwe = validateKbSources(fixtureKbSources()).cwes[0]!;
    const broken = { ...longer, id: 'CWE-78-python-broken', fixed: 'def pack(folder:\n    return (\n' };
    await expect(sliceKnowledgeExamples([{ ...cwe, examples: [broken] }], nodeParser(), fileOf)).rejects.toMatchObject({
      code: 'KB_INVALID',
      message: expect.stringContaining('kb/cwe/CWE-78.yaml: example CWE-78-python-broken (fixed side)'),
    });
  });
});

describe('sliceKnowledgeExamples outside kb build', () => {
  it('ships a pair that does not parse unsliced, with a warning, when not strict', async () => {
    const cwe = validateKbSources(fixtureKbSources()).cwes[0]!;
    const broken = { ...longer, id: 'CWE-78-python-broken', fixed: 'def pack(folder:\n    return (\n' };
    const { slicer, warnings } = await sliceKnowledgeExamples(
      [{ ...cwe, examples: [broken] }],
      nodeParser(),
      fileOf,
      false,
    );
    expect(warnings[0]).toContain('CWE-78-python-broken');
    expect(slicer(broken, cwe).fixed.sliced).toBe(false);
  });
});
