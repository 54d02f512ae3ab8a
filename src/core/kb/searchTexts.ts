// The text each knowledge item is searched by. The embedder is fitted on these same texts, and
// the search adapter indexes them, so what a query can match is defined in one place.
import type { AdvisorySource, OperationSource, TaskSource } from './kbSourceSchema';
import type { ArtefactCwe, ArtefactExample, ArtefactGuideline } from './knowledgeArtefactSchema';
import { isShapeMarker } from './shapeMarker';

/** The weakness itself: name, description, cause, guidance and code markers. */
export function cweCoreText(cwe: ArtefactCwe): string {
  // Shape names (`shape:...`) are matched against a prefix's code, not words to search by.
  const markers = Object.values(cwe.markers)
    .flat()
    .filter((m) => !isShapeMarker(m));
  return [cwe.name, cwe.description, cwe.cause, ...cwe.guidelines.map((g) => g.text), ...markers].join('\n');
}

/** How the weakness shows up in practice: example tasks and advisory questions. */
export function cweUsageText(cwe: ArtefactCwe, advisories: readonly AdvisorySource[]): string {
  const mine = advisories.filter((a) => a.cwe === cwe.id);
  return [
    ...cwe.examples.map((e) => `${e.task}\n${e.description}`),
    ...mine.map((a) => `${a.title}\n${a.question}`),
  ].join('\n');
}

export function guidelineText(g: ArtefactGuideline): string {
  return [g.text, ...g.apis].join('\n');
}

export function exampleText(e: ArtefactExample): string {
  return [e.task, e.description, e.vulnerable.code].join('\n');
}

export function advisoryText(a: AdvisorySource): string {
  return [a.title, a.question, a.code, a.answer, ...a.markers].join('\n');
}

export function operationText(o: OperationSource): string {
  return [o.label, ...o.keywords, ...(o.cues ?? []), ...o.apis].join('\n');
}

export function taskText(t: TaskSource): string {
  return `${t.title}\n${t.prompt}`;
}
