// Consistency checks of a CWE hierarchy: duplicate or unknown ids, ChildOf cycles, sibling groups without a shared parent.
import type { CweHierarchyData } from './cweHierarchySchema';

/** Every problem found, one readable line each (empty when the hierarchy is sound). */
export function checkCweHierarchy(data: CweHierarchyData): string[] {
  const problems: string[] = [];
  const parentsOf = new Map<string, string[]>();
  data.cwes.forEach((entry, i) => {
    if (parentsOf.has(entry.id)) problems.push(`cwes[${i}]: duplicate id "${entry.id}"`);
    parentsOf.set(entry.id, entry.parents);
  });
  data.cwes.forEach((entry, i) => {
    entry.parents.forEach((parent, j) => {
      if (parent === entry.id) problems.push(`cwes[${i}].parents[${j}]: "${parent}" is its own parent`);
      else if (!parentsOf.has(parent)) problems.push(`cwes[${i}].parents[${j}]: unknown id "${parent}"`);
    });
  });
  problems.push(...findCycles(parentsOf));
  data.siblings.forEach((group, i) => {
    group.forEach((id, j) => {
      if (!parentsOf.has(id)) problems.push(`siblings[${i}][${j}]: unknown id "${id}"`);
    });
    const shared = (parentsOf.get(group[0]!) ?? []).filter((p) =>
      group.every((id) => (parentsOf.get(id) ?? []).includes(p)),
    );
    if (shared.length === 0) problems.push(`siblings[${i}]: ${group.join(', ')} share no direct parent`);
  });
  return problems;
}

/** ChildOf cycles by depth-first search, each reported once as "a -> b -> a". */
function findCycles(parentsOf: Map<string, string[]>): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      found.push(`cycle: ${[...path.slice(path.indexOf(id)), id].join(' -> ')}`);
      return;
    }
    state.set(id, 'open');
    for (const parent of parentsOf.get(id) ?? []) if (parentsOf.has(parent)) visit(parent, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of parentsOf.keys()) visit(id, []);
  return found;
}
