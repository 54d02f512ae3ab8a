// What the declarations of a C or C++ prefix say about the memory it handles, whatever its comment
// says the function is for: a fixed-size array, a pointer parameter with a length beside it, or a loop
// that indexes up to a bound are where buffer overflows and out-of-bounds reads happen. Each shape
// adds the memory operation it implies (kb/operations.yaml ids), so the API facet weighs the memory
// weaknesses that list those operations, as it would for a keyword of the request.
import type { OperationHit } from './FacetsRecord';

const SHAPES: readonly { shape: string; pattern: RegExp; operations: readonly string[] }[] = [
  {
    shape: 'sized array',
    pattern: /\b(?:char|wchar_t|u?int\d*_t|int|long|short|unsigned|float|double)\s+\w+\s*\[\s*\w+\s*\]/,
    operations: ['buffer-index', 'memory-copy'],
  },
  {
    shape: 'length parameter',
    pattern: /\(\s*[^)]*\bsize_t\s+\w+/,
    operations: ['buffer-index', 'integer-arithmetic'],
  },
  {
    shape: 'pointer parameter',
    pattern: /\(\s*(?:const\s+)?(?:char|wchar_t|u?int\d*_t|int|void|unsigned\s+char)\s*\*\s*\w+/,
    operations: ['buffer-index'],
  },
  {
    shape: 'indexing loop',
    pattern: /\bfor\s*\([^;]*;\s*\w+\s*<=?\s*[^;]+;[^)]*\)\s*\{?[^}]*\w+\s*\[\s*\w+/,
    operations: ['buffer-index'],
  },
];

export function memoryShapes(code: string, language: string, labels: ReadonlyMap<string, string>): OperationHit[] {
  if (language !== 'c' && language !== 'cpp') return [];
  const via = new Map<string, string[]>();
  for (const { shape, pattern, operations } of SHAPES) {
    if (!pattern.test(code)) continue;
    for (const op of operations) via.set(op, [...(via.get(op) ?? []), `declares a ${shape}`]);
  }
  return [...via].filter(([id]) => labels.has(id)).map(([id, v]) => ({ id, label: labels.get(id)!, via: v }));
}

/** Adds shape hits to the operations found otherwise, one hit per operation. */
export function withShapes(found: OperationHit[], shapes: readonly OperationHit[]): OperationHit[] {
  const out = found.map((o) => ({ ...o, via: [...o.via] }));
  for (const s of shapes) {
    const hit = out.find((o) => o.id === s.id);
    if (hit) hit.via.push(...s.via);
    else out.push({ ...s });
  }
  return out;
}
