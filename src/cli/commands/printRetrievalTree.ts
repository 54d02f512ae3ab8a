// A retrieval record as an indented, human-readable tree for the terminal.
import type { FacetScore, RetrievalRecord } from '../../core/retrieval/RetrievalRecord';

function facetLine(facets: readonly FacetScore[]): string {
  return facets.map((f) => `${f.facet}=${f.score}${f.rank ? `#${f.rank}` : ''}${f.passed ? '✓' : ''}`).join('  ');
}

export function printRetrievalTree(record: RetrievalRecord, show = 8): string {
  const lines = [
    `outcome: ${record.outcome}   kb ${record.kbVersion}   k=${record.settings.k} alpha=${record.settings.alpha} cap=${record.settings.rankCap}`,
  ];
  for (const cwe of record.cwes.slice(0, show)) {
    lines.push(`${cwe.chosen ? '●' : '○'} ${cwe.rank}. ${cwe.id} ${cwe.name}  fused=${cwe.fused}`);
    lines.push(`    ${facetLine(cwe.facets)}`);
    lines.push(`    ${cwe.why}`);
    for (const g of cwe.guidelines.filter((x) => x.chosen))
      lines.push(`    ├ guideline ${g.id} (${g.fused}): ${g.text}`);
    for (const e of cwe.examples.filter((x) => x.chosen))
      lines.push(`    └ example ${e.id} [${e.language}] (${e.fused}): ${e.task}`);
  }
  if (record.cwes.length > show) lines.push(`… ${record.cwes.length - show} more CWEs ranked`);
  return `${lines.join('\n')}\n`;
}
