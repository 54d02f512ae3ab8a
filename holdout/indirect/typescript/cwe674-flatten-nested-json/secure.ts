type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const MAX_DEPTH = 32;

/** Flattens a JSON document posted to the import API into dotted keys: {"a":{"b":1}} -> {"a.b": 1}. */
export function flatten(value: Json, prefix = '', out: Record<string, Json> = {}, depth = 0): Record<string, Json> {
  if (depth > MAX_DEPTH) throw new RangeError(`document nested deeper than ${MAX_DEPTH} levels`);
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, out, depth + 1);
    }
  } else {
    out[prefix] = value;
  }
  return out;
}
