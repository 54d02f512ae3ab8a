// Lookups over the CWE hierarchy: a CWE's parents, children and convention siblings, and how two CWEs relate.
import type { CweHierarchyData } from './cweHierarchySchema';

/** What `b` is to `a`: its MITRE parent, its child, or a sibling of a declared group. */
export type CweRelation = 'parent' | 'child' | 'sibling';

export interface CweRelative {
  id: string;
  relation: CweRelation;
}

export interface CweHierarchy {
  /** The CWE's direct parents and children in view 1000 (what a finding of it also counts as). */
  relatedCwes(id: string): string[];
  /** Parents, children and declared siblings, each with its relation, in that order. */
  relatives(id: string): CweRelative[];
  /** What `b` is to `a`, or null when they are the same CWE or not directly related. */
  relation(a: string, b: string): CweRelation | null;
  /** The official name, or undefined for an id the hierarchy does not list. */
  name(id: string): string | undefined;
  parents(id: string): string[];
}

/** Normalises "cwe-79" or "79" to "CWE-79", so labels from any benchmark look the same. */
export function canonicalCweId(id: string): string {
  const digits = /(\d+)/.exec(id)?.[1];
  return digits ? `CWE-${Number(digits)}` : id;
}

export function createCweHierarchy(data: CweHierarchyData): CweHierarchy {
  const names = new Map(data.cwes.map((c) => [c.id, c.name]));
  const parentsOf = new Map(data.cwes.map((c) => [c.id, c.parents]));
  const childrenOf = new Map<string, string[]>();
  for (const c of data.cwes) for (const p of c.parents) childrenOf.set(p, [...(childrenOf.get(p) ?? []), c.id]);
  const siblingsOf = new Map<string, string[]>();
  for (const group of data.siblings)
    for (const id of group) siblingsOf.set(id, [...(siblingsOf.get(id) ?? []), ...group.filter((g) => g !== id)]);
  const relativesOf = new Map<string, CweRelative[]>();
  const relatives = (raw: string): CweRelative[] => {
    const id = canonicalCweId(raw);
    const cached = relativesOf.get(id);
    if (cached) return cached;
    const list: CweRelative[] = [];
    const add = (other: string, relation: CweRelation): void => {
      if (other !== id && !list.some((r) => r.id === other)) list.push({ id: other, relation });
    };
    (parentsOf.get(id) ?? []).forEach((p) => add(p, 'parent'));
    (childrenOf.get(id) ?? []).forEach((c) => add(c, 'child'));
    (siblingsOf.get(id) ?? []).forEach((s) => add(s, 'sibling'));
    relativesOf.set(id, list);
    return list;
  };
  return {
    relatives: (id) => relatives(id).map((r) => ({ ...r })),
    relatedCwes: (id) => relatives(id).flatMap((r) => (r.relation === 'sibling' ? [] : [r.id])),
    relation: (a, b) => relatives(a).find((r) => r.id === canonicalCweId(b))?.relation ?? null,
    name: (id) => names.get(canonicalCweId(id)),
    parents: (id) => [...(parentsOf.get(canonicalCweId(id)) ?? [])],
  };
}
