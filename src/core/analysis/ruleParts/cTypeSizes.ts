// Byte sizes of the scalar C/C++ types test-suite style code stores in buffers (LP64, 4-byte wchar_t as on Linux).
const SIZES: [number, string[]][] = [
  [1, ['char', 'signed char', 'unsigned char', 'uint8_t', 'int8_t']],
  [2, ['short', 'unsigned short', 'int16_t', 'uint16_t']],
  [4, ['wchar_t', 'int', 'unsigned', 'unsigned int', 'int32_t', 'uint32_t', 'float']],
  [8, ['long', 'unsigned long', 'long long', 'double', 'size_t', 'int64_t', 'uint64_t']],
];

const BYTES = new Map(SIZES.flatMap(([bytes, names]) => names.map((n) => [n, bytes] as const)));

/** The size of a scalar type named by `type` (qualifiers ignored), or null for anything else. */
export function typeBytes(type: string): number | null {
  return (
    BYTES.get(
      type
        .replace(/\b(const|volatile|struct)\b/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ) ?? null
  );
}
