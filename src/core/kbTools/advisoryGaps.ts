// Where the knowledge base has vulnerable/fixed pairs for a CWE in a language but no advisory about
// that CWE in that language: the revision stage retrieves advisories by language family, so such a
// cell gives generated code in that language no advice about a weakness we otherwise know well.

export interface AdvisoryGap {
  cwe: string;
  /** Languages with pairs for this CWE and no advisory of it. */
  missing: string[];
  /** Languages with pairs for this CWE that have an advisory of it. */
  covered: string[];
}

interface CweWithPairs {
  id: string;
  examples: readonly { language: string }[];
}

/** One row per CWE that has pairs in a language without an advisory, in CWE-number order. */
export function advisoryGaps(
  cwes: readonly CweWithPairs[],
  advisories: readonly { cwe: string; language: string }[],
): AdvisoryGap[] {
  const advised = new Set(advisories.map((a) => `${a.cwe} ${a.language}`));
  const rows: AdvisoryGap[] = [];
  for (const cwe of cwes) {
    const languages = [...new Set(cwe.examples.map((e) => e.language))].sort();
    const missing = languages.filter((l) => !advised.has(`${cwe.id} ${l}`));
    if (missing.length > 0) rows.push({ cwe: cwe.id, missing, covered: languages.filter((l) => !missing.includes(l)) });
  }
  return rows.sort((a, b) => cweNumber(a.cwe) - cweNumber(b.cwe));
}

/** Missing cells per language: how many CWEs with pairs in that language lack an advisory there. */
export function gapsPerLanguage(gaps: readonly AdvisoryGap[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of gaps) for (const l of g.missing) out[l] = (out[l] ?? 0) + 1;
  return out;
}

function cweNumber(id: string): number {
  return Number(id.replace(/^CWE-/, '')) || 0;
}
