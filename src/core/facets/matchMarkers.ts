// CWE markers (calls, flags, idioms) that appear literally in the task's code or text.
import type { MarkerHit } from './FacetsRecord';
import type { ArtefactCwe } from '../kb/knowledgeArtefactSchema';
import type { Language } from '../task/Task';
import { probeContains, textProbe, type TextProbe } from './literalMatch';

// The matchable markers of each list, filtered once: this runs for every task and every draft.
const usable = new WeakMap<readonly string[], string[]>();

/** Descriptive markers ("backticks `...`", "user input in a path") never match literally. */
function matchable(list: readonly string[]): string[] {
  let out = usable.get(list);
  if (!out) {
    out = list.filter((m) => m.trim().length >= 3 && !m.includes('...') && !/\s{1}[a-z]+\s[a-z]+/.test(m));
    usable.set(list, out);
  }
  return out;
}

/** Markers of the task's language count. */
export function matchMarkers(source: string, language: Language, cwes: readonly ArtefactCwe[]): MarkerHit[] {
  const hits: MarkerHit[] = [];
  let probe: TextProbe | null = null;
  for (const cwe of cwes) {
    const list = cwe.markers[language];
    if (!list) continue;
    probe ??= textProbe(source);
    const p = probe;
    const found = matchable(list).filter((m) => probeContains(p, m));
    if (found.length > 0) hits.push({ cwe: cwe.id, markers: found });
  }
  return hits;
}
