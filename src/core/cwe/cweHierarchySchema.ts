// The shape of kb/cwe-hierarchy.json: MITRE research-view-1000 ids, names and ChildOf links, plus sibling groups.
import { z } from 'zod';

const cweId = z.string().regex(/^CWE-\d+$/, 'expected an id like "CWE-79"');

export const cweHierarchyEntrySchema = z.strictObject({
  id: cweId,
  name: z.string().min(1),
  /** Direct ChildOf targets in view 1000; empty for a pillar or for a context node whose parents are not listed. */
  parents: z.array(cweId),
});

export const cweHierarchySchema = z.strictObject({
  view: z.literal(1000),
  note: z.string(),
  cwes: z.array(cweHierarchyEntrySchema).min(1),
  /**
   * Groups that benchmarks label interchangeably (e.g. CWE-120 and CWE-787). Each group must share a
   * direct MITRE parent (checked by checkCweHierarchy), so a sibling is still a MITRE relation.
   */
  siblings: z.array(z.array(cweId).min(2)),
});

export type CweHierarchyData = z.infer<typeof cweHierarchySchema>;
export type CweHierarchyEntry = z.infer<typeof cweHierarchyEntrySchema>;
