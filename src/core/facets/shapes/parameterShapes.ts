// Shapes of a C/C++ function's parameter list. A prefix often stops at the signature and a comment, before
// any copy or index is written, yet the signature already says what the body will do: a byte or character
// pointer passed with its length (`char *buf, size_t len`, `const uint8_t *data, size_t n`) is a buffer the
// body reads or fills (119, 120, 125, 787), and an integer position (`int idx`) in a file that declares a
// fixed-size array is an index the body will use on it (125, 787); a prefix cut inside `malloc(` with a count
// parameter in scope is about to size an allocation from that count (190, 680).
import type { CodeShape } from './CodeShape';

/** A parameter list followed by a body: `(...) {`, `(...) const {`; conditions have no typed parameters. */
const PARAMETER_LIST = /\(([^()]*)\)\s*(?:const\s*)?(?:noexcept\s*)?\{/g;
/** `char *buf`, `const uint8_t *data`, `unsigned char out[]`, `void *dst`, `std::uint8_t* p`. */
const BYTE_POINTER =
  /^(?:const\s+)?(?:unsigned\s+|signed\s+)?(?:char|u?int8_t|std::u?int8_t|void|wchar_t|std::byte|byte|u_char)\s*(?:const\s*)?(?:\*\s*(?:const\s+)?\w+|\w+\s*\[\s*\w*\s*\])$/;
/** `size_t len`, `int n`, `unsigned count`, `uint32_t max_bytes`, `socklen_t size`. */
const LENGTH_PARAMETER =
  /^(?:const\s+)?(?:size_t|ssize_t|std::size_t|socklen_t|int|long|short|unsigned(?:\s+(?:int|long|short))?|u?int(?:16|32|64)_t|std::u?int(?:16|32|64)_t)\s+(?:n|\w*(?:len|length|size|count|cnt|cap|capacity|max|num|bytes))$/i;
/** `int idx`, `size_t index`, `unsigned slot`, `int pos`. */
const INDEX_PARAMETER =
  /^(?:const\s+)?(?:size_t|std::size_t|int|long|short|unsigned(?:\s+(?:int|long|short))?|u?int(?:8|16|32|64)_t)\s+(?:i|idx|\w*_idx|index|\w*_index|pos|position|slot|which|nth)$/i;
/** `int table[16];`, `static char names[MAX_NAMES][32];` */
const FIXED_ARRAY = /\b[\w:]+\s+\w+\s*\[\s*(?:\d+|[A-Z_][A-Z0-9_]*)\s*\]/;

/** The parameters of every function definition in the code, each trimmed. */
function parameterLists(code: string): string[][] {
  const lists: string[][] = [];
  for (const m of code.matchAll(PARAMETER_LIST)) {
    const inner = m[1]!;
    if (inner.includes(';')) continue;
    lists.push(inner.split(',').map((p) => p.trim().replace(/\s+/g, ' ')));
  }
  return lists;
}

/** The prefix stops inside an allocation's size argument: `malloc(`, `calloc(n, `, `realloc(p, `, `new T[`. */
const CUT_IN_ALLOCATION =
  /(?:\b(?:malloc|calloc|realloc|reallocarray|alloca)\s*\([^;)]*|\bnew\s+[\w:<>]+\s*\[[^\];]*)$/;
/** A count-like parameter: `size_t count`, `uint32_t n`, `int nitems`. */
const COUNT_PARAMETER =
  /^(?:const\s+)?(?:size_t|std::size_t|int|long|unsigned(?:\s+(?:int|long))?|u?int(?:16|32|64)_t|std::u?int(?:16|32|64)_t)\s+(?:n|\w*(?:count|cnt|num|items|entries|elems|elements|rows|cols|width|height))$/i;

export const PARAMETER_SHAPES: readonly CodeShape[] = [
  {
    name: 'buffer-and-length-parameters',
    languages: ['c', 'cpp'],
    found: (code) =>
      parameterLists(code).some(
        (ps) => ps.some((p) => BYTE_POINTER.test(p)) && ps.some((p) => LENGTH_PARAMETER.test(p)),
      ),
  },
  {
    // The next token sizes the allocation from a count the caller passed: the place `count * size` overflows.
    name: 'allocation-cut-with-count-parameter',
    languages: ['c', 'cpp'],
    found: (code) =>
      CUT_IN_ALLOCATION.test(code.trimEnd()) &&
      parameterLists(code).some((ps) => ps.some((p) => COUNT_PARAMETER.test(p))),
  },
  {
    name: 'index-parameter-beside-fixed-array',
    languages: ['c', 'cpp'],
    found: (code) =>
      FIXED_ARRAY.test(code) && parameterLists(code).some((ps) => ps.some((p) => INDEX_PARAMETER.test(p))),
  },
];
