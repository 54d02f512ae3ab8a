// The CWE taxonomy of a SARIF run: one taxon per CWE the findings name, so tools can group results by weakness.
import type { ReportingDescriptorReference, ToolComponent } from 'sarif';
import { canonicalCweId } from '../../cwe/createCweHierarchy';
import { cweHierarchy } from '../../cwe/cweHierarchy';

export const CWE_TAXONOMY_NAME = 'CWE';

/** "CWE-78" -> "78": SARIF taxa of the CWE taxonomy are the bare numbers, as CodeQL writes them. */
export function cweTaxonId(cwe: string): string {
  return canonicalCweId(cwe).replace(/^CWE-/, '');
}

/** The tag code-scanning tools read a rule's CWE from: "external/cwe/cwe-078" (three digits at least). */
export function cweTag(cwe: string): string {
  return `external/cwe/cwe-${cweTaxonId(cwe).padStart(3, '0')}`;
}

/** MITRE's page for the CWE. */
export function cweHelpUri(cwe: string): string {
  return `https://cwe.mitre.org/data/definitions/${cweTaxonId(cwe)}.html`;
}

export interface CweTaxonomy {
  taxonomy: ToolComponent;
  /** A reference to the CWE's taxon (the taxonomy is the run's first), for a rule's relationship or a result's taxa. */
  reference(cwe: string): ReportingDescriptorReference;
}

/** Taxa in first-seen order of `cwes` (duplicates and spellings such as "cwe-078" fold into one). */
export function cweTaxonomy(cwes: readonly string[]): CweTaxonomy {
  const ids = [...new Set(cwes.map(cweTaxonId))];
  const index = new Map(ids.map((id, i) => [id, i]));
  const taxonomy: ToolComponent = {
    name: CWE_TAXONOMY_NAME,
    organization: 'MITRE',
    informationUri: 'https://cwe.mitre.org/',
    shortDescription: { text: 'The MITRE Common Weakness Enumeration' },
    taxa: ids.map((id) => {
      const name = cweHierarchy.name(`CWE-${id}`);
      return { id, ...(name ? { name, shortDescription: { text: name } } : {}), helpUri: cweHelpUri(id) };
    }),
  };
  return {
    taxonomy,
    reference(cwe) {
      const id = cweTaxonId(cwe);
      const i = index.get(id);
      if (i === undefined) throw new Error(`CWE ${cwe} is not in this run's taxonomy`);
      return { id, index: i, toolComponent: { name: CWE_TAXONOMY_NAME, index: 0 } };
    },
  };
}
