// A retrieval record as an indented, human-readable tree for the terminal.
import type { FacetScore, RetrievalRecord } from '../../core/retrieval/RetrievalRecord';
import type { CweRelative } from '../../core/cwe/createCweHierarchy';

function facetLine(facets: readonly FacetScore[]): string {
  return facets.map((f) => `${f.facet}=${f.score}${f.rank ? `#${f.rank}` : ''}${f.passed ? '✓' : ''}`).join('  ');
}

/** What the API facets matched (markers, code shapes, operations): why they voted, when they did. */
function evidenceLine(facets: readonly FacetScore[]): string | null {
  const said = facets
    .filter((f) => f.score > 0 && f.evidence?.length)
    .map((f) => `${f.facet}: ${f.evidence!.join(', ')}`);
  return said.length > 0 ? `    evidence ${said.join('; ')}` : null;
}

/** "CWE-77 (parent)": what the relative is to the CWE listed above it. */
function relativeLabel(r: CweRelative): string {
  return `${r.id} (${r.relation})`;
}

export function printRetrievalTree(record: RetrievalRecord, show = 8): string {
  const lines = [
    `outcome: ${record.outcome}   kb ${record.kbVersion}   k=${record.settings.k} alpha=${record.settings.alpha} cap=${record.settings.rankCap}`,
  ];
  // Nothing injected: say so before the list, with the best candidates the record names.
  if (record.note) lines.push(`note: ${record.note}`);
  for (const cwe of record.cwes.slice(0, show)) {
    lines.push(`${cwe.chosen ? '●' : '○'} ${cwe.rank}. ${cwe.id} ${cwe.name}  fused=${cwe.fused}`);
    if (cwe.related?.length) lines.push(`    related: ${cwe.related.map(relativeLabel).join(', ')}`);
    lines.push(`    ${facetLine(cwe.facets)}`);
    const evidence = evidenceLine(cwe.facets);
    if (evidence) lines.push(evidence);
    lines.push(`    ${cwe.why}`);
    for (const g of cwe.guidelines.filter((x) => x.chosen))
      lines.push(
        `    ├ guideline ${g.id}${g.relation ? ` [from ${g.cwe}, the ${g.relation}]` : ''} (${g.fused}): ${g.text}`,
      );
    for (const e of cwe.examples.filter((x) => x.chosen))
      lines.push(`    └ example ${e.id} [${e.language}] (${e.fused}): ${e.task}`);
  }
  if (record.cwes.length > show) lines.push(`… ${record.cwes.length - show} more CWEs ranked`);
  return `${lines.join('\n')}\n`;
}
