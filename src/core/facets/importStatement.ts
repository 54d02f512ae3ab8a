// The names one import-like statement brings in, whatever the language: `#include <x>`, Python's
// `import a` / `from a import b`, Java's `import a.b.*`, Rust's `use a::b::{c, d}`, C#'s
// `using A.B;` and PHP's `use A\B\{C, D}`. Paths come out in dotted form, so `std::process::Command`,
// `System.Diagnostics` and `App\Http\Request` match the KB's API names like any call does.

export interface ImportedNames {
  /** Every module or item path named, plus the module a group or item list comes from. */
  names: string[];
  /** Names imported *from* a module (Python's `from m import x`): evidence only when the code uses them. */
  fromItems: string[];
}

const dotted = (path: string): string =>
  path
    .replace(/::|\\/g, '.')
    .replace(/^\.+|\.+$/g, '')
    .trim();

/** `a::b::{c, d::e as f}` -> a.b, a.b.c, a.b.d.e (a brace group is expanded one level deep). */
function usePaths(spec: string): string[] {
  const group = /^(.*?)(?:::|\\)\{(.*)\}$/s.exec(spec);
  if (!group) return [dotted(spec)];
  const base = dotted(group[1]!);
  const items = group[2]!.split(',').map((i) =>
    i
      .trim()
      .split(/\s+as\s+/)[0]!
      .trim(),
  );
  return [base, ...items.filter((i) => i && i !== 'self' && !i.includes('{')).map((i) => `${base}.${dotted(i)}`)];
}

export function importStatementNames(statement: string): ImportedNames {
  const text = statement.trim();
  const names = new Set<string>();
  const fromItems = new Set<string>();
  // The module a statement names in quotes or brackets (`#include <x>`, Go's "net/http", JS's 'jsonwebtoken').
  for (const m of text.matchAll(/(["'<])([\w./@:-]+)(?:\1|>)/g)) names.add(m[2]!);
  // A C++ standard header has no extension (`<thread>`, `<regex>`): its bare name is an ordinary word, which the
  // API facet weighs at a quarter, so the bracketed form is named too and the lexicon can list it (cpp.yaml).
  const header = /^#\s*include\s*<([a-z_]+)>/.exec(text);
  if (header) names.add(`<${header[1]!}>`);
  // JS/TS `import { exec, spawn as s } from "child_process"`: the items, as Python's from-imports.
  const esm = /^import\s+(?:type\s+)?(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*["']([\w./@-]+)["']/s.exec(text);
  for (const item of esm?.[1]!.split(',') ?? []) {
    const n = item
      .trim()
      .replace(/^type\s+/, '')
      .split(/\s+as\s+/)[0]!
      .trim();
    if (!/^[\w$]+$/.test(n)) continue;
    for (const name of [n, `${esm![2]}.${n}`]) {
      names.add(name);
      fromItems.add(name);
    }
  }
  const from = /^from\s+([\w.]+)\s+import\s+(.+)$/s.exec(text);
  const use = /^(?:pub(?:\([^)]*\))?\s+)?use\s+(?:function\s+|const\s+)?(.+?);?$/s.exec(text);
  const using = /^(?:global\s+)?using\s+(?:static\s+)?(?:[\w]+\s*=\s*)?([\w.]+)\s*;?$/s.exec(text);
  if (from) {
    for (const item of from[2]!.replace(/[()\s]+/g, ' ').split(',')) {
      const n = item.trim().split(/\s+as\s+/)[0]!;
      if (!n || n === '*') continue;
      for (const name of [n, `${from[1]}.${n}`]) {
        names.add(name);
        fromItems.add(name);
      }
    }
    names.add(from[1]!);
  } else if (/^import\s/.test(text)) {
    for (const part of text.replace(/^import\s+(static\s+)?/, '').split(',')) {
      const n = part
        .trim()
        .split(/\s+as\s+/)[0]!
        .replace(/;$/, '')
        .replace(/\.\*$/, '');
      if (/^[\w.]+$/.test(n)) names.add(n);
    }
  } else if (use) {
    for (const clause of use[1]!.split(/,(?![^{]*\})/)) {
      const spec = clause
        .trim()
        .replace(/\s+as\s+[\w$]+$/, '')
        .replace(/^\\/, '');
      for (const p of usePaths(spec)) if (/^[\w.]+$/.test(p)) names.add(p);
    }
  } else if (using) {
    names.add(using[1]!);
  }
  return { names: [...names], fromItems: [...fromItems] };
}
