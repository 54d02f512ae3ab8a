// What the API facet needs from the knowledge base, computed once per knowledge base (by
// prepareKnowledge, while loading) instead of per query: which CWEs share each marker, operation and guideline API (for idf weights), each
// CWE's operations and guideline APIs, and each operation's API names. A marker is shared by a CWE
// that lists it and by one whose example code contains it: "argv[" or "request.form[" mark where
// input enters, which the examples of many weaknesses show, so they say little about which one.
// A bare API name that the knowledge base's own prose uses as an ordinary word ("request",
// "delete", "index") is ambiguous in a task too; "strcpy" or "popen" only ever appear as code.
import type { ArtefactCwe } from '../kb/knowledgeArtefactSchema';
import type { OperationSource } from '../kb/kbSourceSchema';
import { probeContains, textProbe } from '../facets/literalMatch';
import { apiKey } from '../facets/apiMatch';
import { evidenceCwes, evidenceNeedles } from './evidenceSpecificity';

export interface ApiProfile {
  /** Marker text -> number of CWEs listing it or showing it in their example code (any language). */
  markerCwes: ReadonlyMap<string, number>;
  /** Operation id -> 1/sqrt(number of CWEs listing it): "shell" says more than "input-validation". */
  operationWeight: ReadonlyMap<string, number>;
  operationApis: ReadonlyMap<string, ReadonlySet<string>>;
  cweOperations: ReadonlyMap<string, ReadonlySet<string>>;
  /** CWE id -> distinct API names its guidelines mention. */
  guidelineApis: ReadonlyMap<string, readonly string[]>;
  /** CWE id -> apiKey of each of its guideline APIs, index for index. */
  guidelineApiKeys: ReadonlyMap<string, readonly string[]>;
  /** Guideline API name -> number of CWEs whose guidelines mention it. */
  guidelineApiCwes: ReadonlyMap<string, number>;
  /** Lower-cased bare names used at least twice as plain words in the KB's prose (outside backticks). */
  proseWords: ReadonlySet<string>;
  /** Lower-cased evidence needle -> number of CWEs whose example material contains it (evidenceSpecificity.ts). */
  evidenceCwes: ReadonlyMap<string, number>;
  cweCount: number;
}

export interface ApiProfileSource {
  readonly cwes: readonly ArtefactCwe[];
  readonly operations: readonly OperationSource[];
}

function countOver<T>(items: readonly T[], keysOf: (item: T) => Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of new Set(keysOf(item))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function proseWords(cwes: readonly ArtefactCwe[]): Set<string> {
  const prose = cwes.flatMap((c) => [
    c.description,
    c.cause,
    ...c.guidelines.map((g) => g.text),
    ...c.examples.flatMap((e) => [e.task, e.description]),
  ]);
  const counts = new Map<string, number>();
  for (const text of prose) {
    for (const word of text
      .replace(/`[^`]*`/g, ' ')
      .toLowerCase()
      .split(/[^a-z]+/))
      if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([w]) => w));
}

function markerSharing(cwes: readonly ArtefactCwe[]): Map<string, number> {
  const markers = [...new Set(cwes.flatMap((c) => Object.values(c.markers).flat()))];
  // One trigram probe per CWE's example code: most markers are absent from most CWEs' code.
  const codeOf = new Map(
    cwes.map((c) => [c.id, textProbe(c.examples.map((e) => `${e.vulnerable.code}\n${e.fixed.code}`).join('\n'))]),
  );
  return countOver(cwes, (c) =>
    markers.filter(
      (m) => Object.values(c.markers).some((list) => list.includes(m)) || probeContains(codeOf.get(c.id)!, m),
    ),
  );
}

/** The two KB-wide counts that cost time (they scan all prose and example code); the build ships them. */
export interface ProfileCounts {
  markerCwes: ReadonlyMap<string, number>;
  proseWords: ReadonlySet<string>;
  /** Absent in artefacts built before it was shipped: then computed while loading. */
  evidenceCwes?: ReadonlyMap<string, number>;
}

export function profileCounts(kb: ApiProfileSource): Required<ProfileCounts> {
  return {
    markerCwes: markerSharing(kb.cwes),
    proseWords: proseWords(kb.cwes),
    evidenceCwes: evidenceCwes(kb.cwes, evidenceNeedles(kb.cwes, kb.operations)),
  };
}

/** `counts` (from the artefact) skips the scans; without it they are computed. */
export function apiProfile(kb: ApiProfileSource, counts?: ProfileCounts): ApiProfile {
  const shared = counts ?? profileCounts(kb);
  const evidence = shared.evidenceCwes ?? evidenceCwes(kb.cwes, evidenceNeedles(kb.cwes, kb.operations));
  const guidelineApis = new Map(kb.cwes.map((c) => [c.id, [...new Set(c.guidelines.flatMap((g) => g.apis))].sort()]));
  const opCounts = countOver(kb.cwes, (c) => c.operations);
  return {
    markerCwes: shared.markerCwes,
    operationWeight: new Map([...opCounts].map(([op, n]) => [op, 1 / Math.sqrt(n)])),
    operationApis: new Map(kb.operations.map((o) => [o.id, new Set(o.apis)])),
    cweOperations: new Map(kb.cwes.map((c) => [c.id, new Set(c.operations)])),
    guidelineApis,
    guidelineApiKeys: new Map([...guidelineApis].map(([id, apis]) => [id, apis.map(apiKey)])),
    guidelineApiCwes: countOver(kb.cwes, (c) => guidelineApis.get(c.id) ?? []),
    proseWords: shared.proseWords,
    evidenceCwes: evidence,
    cweCount: kb.cwes.length,
  };
}
