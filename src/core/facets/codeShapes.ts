// Operation shapes of a C, C++ or Rust code prefix that tell the members of the memory-safety family
// apart: an inclusive loop bound (off-by-one), a division by a variable, a size product inside an
// allocation, a pointer used or freed again after `free`/`delete`, a lookup or allocation result not
// yet checked for null. A literal marker cannot say "i <= n" for every spelling of the names, so each
// shape is a pattern; the knowledge base lists the shape's name (`shape:...`) among a CWE's markers,
// and the marker facet weighs it like any marker (by how many CWEs list it).
// Further shapes, one file per concern, live in ./shapes/.
import type { Language } from '../task/Task';
import { SHAPE_MARKER_PREFIX } from '../kb/shapeMarker';
import { C_FAMILY, MEMORY_LANGUAGES, type CodeShape } from './shapes/CodeShape';
import { INPUT_LENGTH_SHAPES } from './shapes/inputLengthShapes';
import { CONVERSION_SHAPES } from './shapes/conversionShapes';
import { LIFETIME_SHAPES } from './shapes/lifetimeShapes';
import { RESULT_SHAPES } from './shapes/resultShapes';
import { RESOURCE_SHAPES } from './shapes/resourceShapes';
import { STATE_SHAPES } from './shapes/stateShapes';
import { CONCURRENCY_SHAPES } from './shapes/concurrencyShapes';
import { PARAMETER_SHAPES } from './shapes/parameterShapes';
/** A right-hand side that names a length: `n`, `len`, `size`, `count`, `sizeof buf`, `v.size()`. */
const LENGTH = String.raw`(?:\w*(?:len|size|count|cap|max|num)\w*|n|sizeof\b[^;]*|[\w.>-]+\.(?:size|length|len)\(\))`;

const BASIC_SHAPES: readonly CodeShape[] = [
  {
    name: 'inclusive-loop-bound',
    languages: MEMORY_LANGUAGES,
    found: (code) =>
      new RegExp(String.raw`for\s*\([^;]*;\s*[\w.>\[\]-]+\s*<=\s*${LENGTH}\s*;`, 'i').test(code) ||
      new RegExp(String.raw`\bin\s+\w+\s*\.\.=\s*${LENGTH}`, 'i').test(code),
  },
  {
    // `total / count`, `x % n`; a literal divisor or `sizeof` (array length idiom) says nothing.
    name: 'division-by-variable',
    languages: MEMORY_LANGUAGES,
    found: (code) => /[\w)\]]\s*[/%]=?\s*(?!sizeof\b)(?:\(\s*)?[A-Za-z_][\w.>-]*/.test(code),
  },
  {
    name: 'size-product-in-allocation',
    languages: MEMORY_LANGUAGES,
    found: (code) =>
      /\b(?:malloc|alloca|realloc|reallocarray|with_capacity|reserve|resize|alloc_zeroed|alloc)\s*\([^;]*?[\w)\]]\s*\*\s*[\w(]/.test(
        code,
      ) || /\bnew\s+[\w:<>]+\s*\[[^\]]*\*[^\]]*\]/.test(code),
  },
  {
    // `out[pos] = v`, `*(p + k) = v`: a write through a computed position (not `x[0]`, not `==`).
    name: 'indexed-write',
    languages: MEMORY_LANGUAGES,
    found: (code) =>
      /(?:\b\w+(?:\.|->)?\w*\[\s*(?!\d+\s*\])[^\]]+\]|\*\s*\(\s*\w+\s*\+[^)]+\))\s*(?:[-+*/|&^]|<<|>>)?=(?!=)/.test(
        code,
      ),
  },
  {
    // `return table[level];`, `x = data[offset];`: a value read through a computed position.
    name: 'indexed-read',
    languages: MEMORY_LANGUAGES,
    found: (code) => /(?:\breturn\s+|[^=!<>]=\s*)[\w.>-]+\[\s*(?!\d+\s*\])[^\]]+\]\s*;/.test(code),
  },
  {
    name: 'use-after-free',
    languages: C_FAMILY,
    found: (code) => releasedThen(code, (p) => new RegExp(String.raw`(?:\b${p}\s*(?:->|\[|\.)|\*\s*${p}\b)`)),
  },
  {
    name: 'double-free',
    languages: C_FAMILY,
    found: (code) => releasedThen(code, (p) => new RegExp(String.raw`\b(?:free\s*\(\s*|delete\s*(?:\[\]\s*)?)${p}\b`)),
  },
  {
    // The prefix ends before the result of a call that may return null is compared with null.
    name: 'unchecked-lookup-result',
    languages: C_FAMILY,
    found: (code) => {
      const assigned =
        /\*?\s*(\w+)\s*=\s*(?:\([^)]*\)\s*)?(?:std::)?(?:malloc|calloc|realloc|strdup|getenv|fopen|strchr|strrchr|strstr|bsearch|\w*find\w*|\w*lookup\w*|dynamic_cast\s*<[^>]*>)\s*\(/g;
      for (const m of code.matchAll(assigned)) {
        // `if ((p = malloc(n)) == NULL)`, `!(p = getenv(...))`: an assignment in parentheses is there to be tested.
        if (/\(\s*[\w.>*-]*$/.test(code.slice(0, m.index))) continue;
        const p = m[1]!;
        const rest = code.slice(m.index + m[0].length);
        const checked = new RegExp(
          String.raw`(?:\b${p}\s*[!=]=|[!=]=\s*${p}\b|!\s*${p}\b|if\s*\(\s*${p}\s*\)|\b${p}\s*(?:&&|\|\||\?))`,
        );
        if (!checked.test(rest)) return true;
      }
      return false;
    },
  },
];

const SHAPES: readonly CodeShape[] = [
  ...BASIC_SHAPES,
  ...INPUT_LENGTH_SHAPES,
  ...CONVERSION_SHAPES,
  ...LIFETIME_SHAPES,
  ...RESULT_SHAPES,
  ...RESOURCE_SHAPES,
  ...STATE_SHAPES,
  ...CONCURRENCY_SHAPES,
  ...PARAMETER_SHAPES,
];

/** After `free(p)` / `delete p` (not followed by `p = NULL`), does `usedAgain(p)` match the code that runs after it? */
function releasedThen(code: string, usedAgain: (pointer: string) => RegExp): boolean {
  for (const m of code.matchAll(/\b(?:free\s*\(\s*([\w.>-]+?)\s*\)|delete\s*(?:\[\]\s*)?([\w.>-]+))\s*;/g)) {
    const pointer = (m[1] ?? m[2]!).replace(/[.>-]/g, (c) => `\\${c}`);
    if (usedAgain(pointer).test(afterRelease(code.slice(m.index + m[0].length), pointer))) return true;
  }
  return false;
}

/**
 * The code after a release that can run after it on the same path: up to a new value for the pointer
 * (`p = NULL`, `p = malloc(n)`) or a new local of its name, the end of an unconditional `return` (`free(p); return -1; }` then `use(p)` in another
 * branch), or the end of the function (a `}` at column 0: real files hold many functions, and a later one's
 * local of the same name is another object).
 */
function afterRelease(rest: string, pointer: string): string {
  // A new value, or a new local of the same name (`char *copy;` in a later branch).
  const reassigned = new RegExp(String.raw`(?<![*.>&]\s*)\b${pointer}\s*=(?!=)|\b\w+\s*\*+\s*${pointer}\s*[;=,]`).exec(
    rest,
  );
  const reach = reassigned ? rest.slice(0, reassigned.index) : rest;
  let depth = 0;
  for (const t of reach.matchAll(/\n\}|[{}]|\breturn\b/g)) {
    if (t[0] === '\n}') return reach.slice(0, t.index);
    if (t[0] === '{') depth += 1;
    else if (t[0] === '}') depth -= 1;
    // A `return` inside a block opened after the release, or under a brace-less `if (err)`, returns on one path only.
    else if (depth <= 0 && !/(?:\)|\belse)\s*$/.test(reach.slice(0, t.index))) {
      // The returned expression still runs after the release (`return node->next;`).
      const end = reach.indexOf(';', t.index);
      return reach.slice(0, end < 0 ? reach.length : end + 1);
    }
  }
  return reach;
}

/** Comments, preprocessor lines, string and character literals blanked, so a `/` or `free(` inside them is not code. */
export function codeOnly(code: string): string {
  return code
    .replace(/^\s*#.*$/gm, ' ')
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ')
    .replace(/\/\/.*$/gm, ' ')
    .replace(/"(?:\\.|[^"\\\n])*"/g, '""')
    .replace(/'(?:\\.|[^'\\\n])'/g, "''");
}

/** The `shape:` markers a code prefix shows, for the task's language (none for other languages). */
export function codeShapeMarkers(code: string, language: Language): string[] {
  const shapes = SHAPES.filter((s) => s.languages.includes(language));
  if (shapes.length === 0 || !code.trim()) return [];
  const plain = codeOnly(code);
  return shapes.filter((s) => s.found(plain)).map((s) => `${SHAPE_MARKER_PREFIX}${s.name}`);
}

/** The text markers are matched in: the code (or request) plus the shape names its code shows. */
export function withCodeShapes(source: string, code: string, language: Language): string {
  const shapes = codeShapeMarkers(code, language);
  return shapes.length > 0 ? `${source}\n${shapes.join('\n')}` : source;
}
