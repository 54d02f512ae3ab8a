type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Flattens a JSON document posted to the import API into dotted keys: {"a":{"b":1}} -> {"a.b": 1}. */
export function flatten(value: Json, prefix = '', out: Record<string, Json> = {}): Record<string, Json> {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
    }
  } else {
    out[prefix] = value;
  }
  return out;
}
