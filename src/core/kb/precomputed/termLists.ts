// The distinct BM25 terms of every indexed field, shipped so loading does not tokenise ~1 MB of
// text: one sorted dictionary plus, per field, its term ids as delta varints (base64).
import { base64ToBytes, bytesToBase64 } from '../base64';

export interface ShippedTerms {
  dictionary: string[];
  /** Number of field lists encoded. */
  lists: number;
  data: string;
}

function pushVarint(out: number[], n: number): void {
  let v = n;
  while (v >= 0x80) { out.push((v & 0x7f) | 0x80); v >>>= 7; }
  out.push(v);
}

export function encodeTermLists(lists: readonly (readonly string[])[]): ShippedTerms {
  const dictionary = [...new Set(lists.flat())].sort();
  const ids = new Map(dictionary.map((t, i) => [t, i]));
  const bytes: number[] = [];
  for (const list of lists) {
    const sorted = list.map((t) => ids.get(t)!).sort((a, b) => a - b);
    pushVarint(bytes, sorted.length);
    let previous = 0;
    for (const id of sorted) { pushVarint(bytes, id - previous); previous = id; }
  }
  return { dictionary, lists: lists.length, data: bytesToBase64(Uint8Array.from(bytes)) };
}

/** Null when the data is not `lists` well-formed lists over the dictionary. */
export function decodeTermLists(shipped: ShippedTerms): string[][] | null {
  const bytes = base64ToBytes(shipped.data);
  let at = 0;
  const read = (): number => {
    let v = 0; let shift = 0;
    for (;;) {
      if (at >= bytes.length) throw new RangeError('truncated');
      const b = bytes[at++]!;
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
      shift += 7;
    }
  };
  const out: string[][] = [];
  try {
    for (let l = 0; l < shipped.lists; l += 1) {
      const n = read();
      const list: string[] = [];
      let id = 0;
      for (let i = 0; i < n; i += 1) {
        id += read();
        const term = shipped.dictionary[id];
        if (term === undefined) return null;
        list.push(term);
      }
      out.push(list);
    }
  } catch {
    return null;
  }
  return at === bytes.length ? out : null;
}
