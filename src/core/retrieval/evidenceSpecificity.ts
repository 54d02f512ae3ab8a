// IDF over the API facet's vocabulary: for every word or name that can reveal an operation or
// match a guideline API, how many CWEs' example material (task, description, both code sides)
// contains it. "printf", "malloc" or "file" show up in the examples of dozens of weaknesses and
// say little about which one a task risks; "mkstemp" or "EVP_EncryptInit" say much. Counted once
// per knowledge base (the build ships the counts), in words, so "rand" is not found inside "operand".
import type { ArtefactCwe } from '../kb/knowledgeArtefactSchema';
import type { OperationSource } from '../kb/kbSourceSchema';

/** Lower-cased words of a name or phrase: "subprocess.run" -> subprocess, run; "command line" -> command, line. */
export function evidenceWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9_]+/)
    .filter(Boolean);
}

/** Every needle the API facet can weigh: operation keywords, cues and APIs, and guideline APIs. */
export function evidenceNeedles(cwes: readonly ArtefactCwe[], operations: readonly OperationSource[]): string[] {
  const all = [
    ...operations.flatMap((o) => [...o.keywords, ...(o.cues ?? []), ...o.apis]),
    ...cwes.flatMap((c) => c.guidelines.flatMap((g) => g.apis)),
  ].map((n) => n.toLowerCase());
  return [...new Set(all)].filter((n) => evidenceWords(n).length > 0).sort();
}

/**
 * Needle -> number of CWEs whose example material contains every word of it. Needles shown by fewer
 * than two CWEs are left out (the artefact ships this map): they count in full either way.
 */
export function evidenceCwes(cwes: readonly ArtefactCwe[], needles: readonly string[]): Map<string, number> {
  const wordSets = cwes.map(
    (c) =>
      new Set(
        c.examples.flatMap((e) => evidenceWords(`${e.task}\n${e.description}\n${e.vulnerable.code}\n${e.fixed.code}`)),
      ),
  );
  const out = new Map<string, number>();
  for (const needle of needles) {
    const words = evidenceWords(needle);
    const n = wordSets.filter((set) => words.every((w) => set.has(w))).length;
    if (n >= 2) out.set(needle, n);
  }
  return out;
}

/**
 * How specific a piece of evidence is, in [0, 1]: idf normalised so that a name no other CWE's
 * examples show (count <= 1) is 1 and a name every CWE's examples show is 0. Unknown needles
 * (never counted) are taken as specific, as before this weighting.
 */
export function specificity(needle: string, counts: ReadonlyMap<string, number>, cweCount: number): number {
  const n = counts.get(needle.toLowerCase());
  if (n === undefined || cweCount <= 1) return 1;
  return Math.max(0, Math.min(1, Math.log(cweCount / Math.max(1, n)) / Math.log(cweCount)));
}
