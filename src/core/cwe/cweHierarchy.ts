// The project's CWE hierarchy (kb/cwe-hierarchy.json, bundled) and its two questions: relatedCwes(id), relation(a, b).
// The analyser and the scripts use this bundled copy; retrieval reads the copy shipped in the knowledge artefact,
// which the kb build makes from the same file.
import data from '../../../kb/cwe-hierarchy.json';
import { createCweHierarchy, type CweRelation } from './createCweHierarchy';
import { cweHierarchySchema } from './cweHierarchySchema';

export const bundledCweHierarchyData = cweHierarchySchema.parse(data);

export const cweHierarchy = createCweHierarchy(bundledCweHierarchyData);

/** The CWE's direct MITRE parents and children (view 1000). */
export function relatedCwes(id: string): string[] {
  return cweHierarchy.relatedCwes(id);
}

/** What `b` is to `a` ('parent' | 'child' | 'sibling'), or null. */
export function relation(a: string, b: string): CweRelation | null {
  return cweHierarchy.relation(a, b);
}

/** True when `found` is `label` or one of its parents, children or declared siblings. */
export function sameOrRelated(found: string, label: string): boolean {
  return found.toUpperCase() === label.toUpperCase() || relation(label, found) !== null;
}

/** True when some found CWE answers some label exactly or as a direct relative (the "with related" count). */
export function matchesAnyRelated(found: readonly string[], labels: readonly string[]): boolean {
  return found.some((f) => labels.some((l) => sameOrRelated(f, l)));
}
