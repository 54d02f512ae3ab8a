import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeArtefact } from './buildKnowledgeArtefact';
import { canonicalJson } from '../kb/canonicalJson';
import { validateKbSources } from './validateKbSources';
import { fixtureKbSources } from './fixtureKbSources';
import { parseArtefact } from '../kb/parseArtefact';
import { createEmbedder, cosine } from '../kb/Embedder';

const hash = (t: string): string => createHash('sha256').update(t).digest('hex');

describe('buildKnowledgeArtefact', () => {
  it('gives identical bytes for the same sources, and a different version when they change', () => {
    const a = canonicalJson(buildKnowledgeArtefact(validateKbSources(fixtureKbSources()), { hash }));
    const b = canonicalJson(buildKnowledgeArtefact(validateKbSources(fixtureKbSources().reverse()), { hash }));
    expect(a).toBe(b);
    const changed = fixtureKbSources();
    changed.push({
      path: 'kb/tasks/extra.yaml',
      data: { id: 'extra', title: 'E', language: 'c', kind: 'nl', prompt: 'copy a string' },
    });
    const c = buildKnowledgeArtefact(validateKbSources(changed), { hash });
    expect(c.version).not.toBe(parseArtefact(a).version);
  });

  it('leaves examples unsliced and ships an embedder that places related text closer', () => {
    const artefact = buildKnowledgeArtefact(validateKbSources(fixtureKbSources()), { hash });
    const example = artefact.cwes[0]!.examples[0]!;
    expect(example.vulnerable.sliced).toBe(false);
    expect(example.apis).toContain('subprocess.check_output');
    const embedder = createEmbedder(artefact.embedder);
    const q = embedder.embed('run the ping command in a shell');
    expect(cosine(q, embedder.embed('shell command ping subprocess'))).toBeGreaterThan(
      cosine(q, embedder.embed('sql database query parameter')),
    );
  });
});
