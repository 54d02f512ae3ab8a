import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeArtefact } from '../../kbTools/buildKnowledgeArtefact';
import { validateKbSources } from '../../kbTools/validateKbSources';
import { fixtureKbSources } from '../../kbTools/fixtureKbSources';
import { createEmbedder } from '../Embedder';
import { computeFeatures, shippedFeatures } from './corpusFeatures';
import { decodeTermLists, encodeTermLists } from './termLists';
import { decodeVectors, quantiseVectors } from './itemVectors';
import { parseArtefact } from '../parseArtefact';
import { canonicalJson } from '../canonicalJson';
import { apiProfile, profileCounts } from '../../retrieval/apiProfile';
import { shippedProfileCounts } from '../../kbTools/precomputeKnowledge';

const hash = (t: string): string => createHash('sha256').update(t).digest('hex');
const artefact = parseArtefact(canonicalJson(buildKnowledgeArtefact(validateKbSources(fixtureKbSources()), { hash })));
const embedder = createEmbedder(artefact.embedder);

describe('precomputed knowledge features', () => {
  it('decodes to exactly what loading would compute from the texts', () => {
    const shipped = shippedFeatures(artefact, embedder.dims);
    const computed = computeFeatures(artefact, embedder);
    expect(shipped).not.toBeNull();
    expect(shipped!.termLists.map((l) => [...l].sort())).toEqual(computed.termLists.map((l) => [...l].sort()));
    expect(shipped!.vectors).toEqual(computed.vectors);
    expect(shipped!.vectors.length).toBe(2 * artefact.cwes.length + computed.termLists.length - 2 * artefact.cwes.length);
  });

  it('ships the API profile counts the scans would find', () => {
    const live = profileCounts(artefact);
    const shipped = shippedProfileCounts(artefact)!;
    expect(shipped.markerCwes).toEqual(live.markerCwes);
    expect(shipped.proseWords).toEqual(live.proseWords);
    expect(shipped.evidenceCwes).toEqual(live.evidenceCwes);
    expect(artefact.precomputed!.evidenceCwes).toBeDefined();
    expect(apiProfile({ cwes: artefact.cwes, operations: artefact.operations }, shipped).markerCwes.size).toBeGreaterThan(0);
  });

  it('falls back (null) when the shipped parts do not match the items', () => {
    const fewer = { ...artefact, advisories: artefact.advisories.slice(1) };
    expect(shippedFeatures(fewer, embedder.dims)).toBeNull();
    const broken = { ...artefact, precomputed: { ...artefact.precomputed!, vectors: { ...artefact.precomputed!.vectors, data: 'AAAA' } } };
    expect(shippedFeatures(broken, embedder.dims)).toBeNull();
    const { precomputed, ...plain } = artefact;
    expect(precomputed).toBeDefined();
    expect(shippedFeatures({ ...plain }, embedder.dims)).toBeNull();
  });

  it('round-trips term lists and keeps quantised vectors close to the originals', () => {
    const lists = [['shell', 'popen'], [], ['zeta', 'alpha', 'shell']];
    const decoded = decodeTermLists(encodeTermLists(lists))!;
    expect(decoded.map((l) => [...l].sort())).toEqual(lists.map((l) => [...l].sort()));
    expect(decodeTermLists({ ...encodeTermLists(lists), lists: 4 })).toBeNull();
    const v = embedder.embed('run a shell command with subprocess');
    const [back] = decodeVectors(quantiseVectors([v], embedder.dims), embedder.dims)!;
    let dot = 0;
    for (let i = 0; i < v.length; i += 1) dot += v[i]! * back![i]!;
    expect(dot / Math.hypot(...back!)).toBeGreaterThan(0.999);
  });
});
