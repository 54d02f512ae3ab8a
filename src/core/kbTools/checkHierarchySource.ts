// kb build checks of kb/cwe-hierarchy.json against the rest of the knowledge base: sound on its own, and
// placing every kb/cwe entry under the same name, so analyser, retrieval and evaluation share one table.
import { checkCweHierarchy } from '../cwe/checkCweHierarchy';
import type { KbSources } from '../kb/KbSources';

export const HIERARCHY_PATH = 'kb/cwe-hierarchy.json';

/** Problems as "path: field: message" lines (the build fails on any). */
export function checkHierarchySource(kb: KbSources, path: string): string[] {
  const problems = checkCweHierarchy(kb.hierarchy).map((p) => `${path}: ${p}`);
  const names = new Map(kb.hierarchy.cwes.map((c) => [c.id, c.name]));
  for (const cwe of kb.cwes) {
    const name = names.get(cwe.id);
    if (name === undefined) problems.push(`${path}: cwes: ${cwe.id} (a kb/cwe entry) is missing`);
    else if (name !== cwe.name) problems.push(`${path}: ${cwe.id}: name "${name}" differs from kb/cwe "${cwe.name}"`);
  }
  return problems;
}
