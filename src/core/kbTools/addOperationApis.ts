// Per-language API lexicons (kb/operation-apis/<language>.yaml) merged into the operation vocabulary: one
// file per language keeps PHP's or C++'s API names together, apart from the shared operations.yaml lines.
import type { OperationSource } from '../kb/kbSourceSchema';
import { apiKey } from '../facets/apiMatch';

export interface OperationApisFile {
  path: string;
  language: string;
  apis: Record<string, string[]>;
}

/** Adds each file's names to its operations (a name already listed is not repeated); unknown ids are errors. */
export function addOperationApis(
  operations: readonly OperationSource[],
  files: readonly OperationApisFile[],
  errors: string[],
): OperationSource[] {
  const byId = new Map(operations.map((op) => [op.id, { ...op, apis: [...op.apis] }]));
  for (const file of files) {
    for (const [id, names] of Object.entries(file.apis)) {
      const op = byId.get(id);
      if (!op) {
        errors.push(`${file.path}: apis.${id}: unknown operation id "${id}"`);
        continue;
      }
      const known = new Set(op.apis.map(apiKey));
      for (const n of names) {
        if (known.has(apiKey(n))) continue;
        known.add(apiKey(n));
        op.apis.push(n);
      }
    }
  }
  return operations.map((op) => byId.get(op.id)!);
}
