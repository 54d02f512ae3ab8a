// CWE markers (calls, flags, idioms) that appear literally in the task's code or text.
import type { MarkerHit } from './FacetsRecord';
import type { ArtefactCwe } from '../kb/knowledgeArtefactSchema';
import type { Language } from '../task/Task';
import { containsLiteral } from './literalMatch';

/** Markers of the task's language count; descriptive markers ("backticks `...`") never match. */
export function matchMarkers(source: string, language: Language, cwes: readonly ArtefactCwe[]): MarkerHit[] {
  const hits: MarkerHit[] = [];
  for (const cwe of cwes) {
    const markers = (cwe.markers[language] ?? []).filter((m) => m.trim().length >= 3 && !m.includes('...') && !/\s{1}[a-z]+\s[a-z]+/.test(m));
    const found = markers.filter((m) => containsLiteral(source, m));
    if (found.length > 0) hits.push({ cwe: cwe.id, markers: found });
  }
  return hits;
}
