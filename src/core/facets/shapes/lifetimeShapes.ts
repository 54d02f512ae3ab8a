// Shapes of an object's lifetime ending while the prefix still holds it: released right where the prefix
// stops (the next line tends to use it), freed before a jump to a cleanup label that frees again, a raw
// pointer kept across the owner's reset, a pointer or reference into a container that then grows, a view
// of a local string returned, an iterator loop the prefix stops inside (erasing there invalidates the
// iterator), and a Rust handle whose Drop frees a raw pointer that a `self`-consuming method also hands out.
import { C_FAMILY, literal, type CodeShape } from './CodeShape';

/**
 * `conn_destroy(c)`, `node_release(n)`: a named release of the argument. Plain `free`/`delete` are left to
 * the use-after-free shape, since a cleanup function ending in them is the ordinary, safe case.
 */
const RELEASE = /\b([A-Za-z_]\w*)\s*\(\s*&?([\w.>-]+?)\s*\)\s*;/g;
const RELEASE_NAME = /destroy|_free|free_|release|unref|dispose|dealloc/i;
const RELEASING_FUNCTION = /\b([A-Za-z_]\w*)\s*\([^;{]*\)\s*\{/g;
const RELEASING_NAME = /destroy|free|release|unref|dispose|dealloc|cleanup|close/i;

function releasedAtEnd(code: string): boolean {
  const last = [...code.matchAll(RELEASE)].filter((m) => RELEASE_NAME.test(m[1]!)).at(-1);
  if (!last) return false;
  // Inside a function that is itself a release (`void session_free(...) {`), releasing last is its job.
  const header = [...code.slice(0, last.index).matchAll(RELEASING_FUNCTION)].at(-1);
  if (header && RELEASING_NAME.test(header[1]!) && !/\n\}/.test(code.slice(header.index, last.index))) return false;
  const p = literal(last[2]!);
  const rest = code.slice(last.index + last[0].length);
  if (new RegExp(String.raw`\b${p}\s*=(?!=)`).test(rest) || /\breturn\b|\}/.test(rest)) return false;
  return rest.trim().length < 120;
}

function growsAfterPointerInto(code: string): boolean {
  const into =
    /(?:=\s*&\s*(?:mut\s+)?([\w.]+)\s*\[|=\s*([\w.]+)\s*\.\s*(?:data|begin|as_ptr|as_mut_ptr|front|back|first|last|first_mut|last_mut)\s*\(|&\s*\w+\s*=\s*([\w.]+)\s*\[)/g;
  for (const m of code.matchAll(into)) {
    const v = literal(m[1] ?? m[2] ?? m[3]!);
    const rest = code.slice(m.index + m[0].length);
    const grows = String.raw`(?:push_back|emplace_back|push|insert|emplace|reserve|resize|clear|erase|extend|append|shrink_to_fit|truncate|remove)`;
    if (new RegExp(String.raw`\b${v}\s*\.\s*${grows}\s*\(`).test(rest)) return true;
  }
  return false;
}

function rawPointerAcrossReset(code: string): boolean {
  for (const m of code.matchAll(/\b\w+\s*=\s*([\w.>-]+?)\s*(?:\.|->)\s*get\s*\(\s*\)/g)) {
    const owner = literal(m[1]!);
    const rest = code.slice(m.index + m[0].length);
    if (
      new RegExp(
        String.raw`\b${owner}\s*(?:\.|->)\s*reset\s*\(|\b${owner}\s*=(?!=)|std::move\s*\(\s*${owner}\s*\)`,
      ).test(rest)
    )
      return true;
  }
  return false;
}

function viewOfLocalString(code: string): boolean {
  const header =
    /(?:std::string_view|const\s+char\s*\*|char\s*\*|const\s+std::string\s*&)\s*[\w:]+\s*\([^)]*\)\s*(?:const\s*)?\{/g;
  for (const m of code.matchAll(header)) {
    const body = code.slice(m.index + m[0].length).split('}')[0]!;
    if (/\bstd::string\s+\w+\s*[=({;]/.test(body)) return true;
  }
  return false;
}

function insideIteratorLoop(code: string): boolean {
  const loop = /\bfor\s*\(\s*(?:auto|[\w:<>,\s]+::iterator)\s+\w+\s*=\s*[\w.>-]+?\s*(?:\.|->)\s*begin\s*\(\s*\)/g;
  for (const m of code.matchAll(loop)) {
    const rest = code.slice(m.index);
    if ((rest.match(/\{/g) ?? []).length > (rest.match(/\}/g) ?? []).length) return true;
  }
  return false;
}

function dropFreesWhatSelfMethodsHandOut(code: string): boolean {
  const drop = /\bimpl\s+Drop\s+for\s+\w+[^{]*\{([\s\S]*?)\n\}/.exec(code);
  if (!drop || !/\b(?:from_raw|free|dealloc|\w+_free|\w+_destroy)\s*\(/.test(drop[1]!)) return false;
  return (
    /\bfn\s+\w+\s*\(\s*(?:mut\s+)?self\s*[,)]/.test(code) ||
    /\bfn\s+\w+\s*\([^)]*\)\s*->\s*\*\s*(?:mut|const)\b/.test(code)
  );
}

export const LIFETIME_SHAPES: readonly CodeShape[] = [
  { name: 'released-where-prefix-ends', languages: C_FAMILY, found: releasedAtEnd },
  {
    name: 'free-then-goto-cleanup',
    languages: C_FAMILY,
    found: (code) => /\b(?:free\s*\(\s*[\w.>-]+\s*\)|delete\s+[\w.>-]+)\s*;\s*goto\s+\w+\s*;/.test(code),
  },
  { name: 'raw-pointer-across-owner-reset', languages: ['cpp'], found: rawPointerAcrossReset },
  { name: 'pointer-into-growing-container', languages: ['cpp', 'rust'], found: growsAfterPointerInto },
  { name: 'view-of-local-string', languages: ['cpp'], found: viewOfLocalString },
  { name: 'inside-iterator-loop', languages: ['cpp'], found: insideIteratorLoop },
  { name: 'drop-frees-handed-out-pointer', languages: ['rust'], found: dropFreesWhatSelfMethodsHandOut },
];
