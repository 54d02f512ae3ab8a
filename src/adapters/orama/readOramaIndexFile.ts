// The load path's check of orama.json: the fields loadOramaIndexes relies on, by hand (the file's
// zod schema, oramaIndexFile.ts, would put zod into the worker's first download). Anything else is
// null, and the loader then builds the databases itself: slower, same results.
import { INDEX_NAMES } from './buildOramaIndexes';
import { ORAMA_FILE_FORMAT } from './oramaIndexFormat';
import type { OramaIndexFile, SavedIndex } from './oramaIndexFile';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function isSavedIndex(v: unknown): v is SavedIndex {
  if (!isObject(v) || v.language !== 'english' || !isObject(v.internalDocumentIDStore) || !isObject(v.index))
    return false;
  const { index } = v;
  return (
    isStringArray(v.internalDocumentIDStore.internalIdToId) &&
    isStringArray(index.searchableProperties) &&
    isObject(index.searchablePropertiesWithTypes) &&
    Object.values(index.searchablePropertiesWithTypes).every((t) => typeof t === 'string') &&
    isObject(index.vectorIndexes) &&
    Object.values(index.vectorIndexes).every(
      (x) => isObject(x) && Number.isInteger(x.size) && Array.isArray(x.vectors) && x.vectors.length === 0,
    )
  );
}

export function readOramaIndexFile(json: unknown): OramaIndexFile | null {
  if (
    !isObject(json) ||
    json.format !== ORAMA_FILE_FORMAT ||
    typeof json.kbVersion !== 'string' ||
    !isObject(json.indexes)
  )
    return null;
  const { indexes } = json;
  return INDEX_NAMES.every((name) => isSavedIndex(indexes[name])) ? (json as unknown as OramaIndexFile) : null;
}
