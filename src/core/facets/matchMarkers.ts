// CWE markers (calls, flags, idioms) that appear literally in the task's code or text.
import type { MarkerHit } from './FacetsRecord';
import type { Language } from '../task/Task';
import type { PreparedMarkers } from './PreparedFacets';
import { probeContains, textProbe, type TextProbe } from './literalMatch';

/** Markers of the task's language count; `markers` comes from prepareFacets (filtered once per knowledge base). */
export function matchMarkers(source: string, language: Language, markers: readonly PreparedMarkers[]): MarkerHit[] {
  const hits: MarkerHit[] = [];
  let probe: TextProbe | null = null;
  for (const cwe of markers) {
    const list = cwe.byLanguage[language];
    if (!list) continue;
    probe ??= textProbe(source);
    const p = probe;
    const found = list.filter((m) => probeContains(p, m));
    if (found.length > 0) hits.push({ cwe: cwe.cwe, markers: found });
  }
  return hits;
}
