// Calls, imports and identifiers of a code prefix read from its syntax tree (any language the
// parser port supports), so "os.system" is found as a call rather than guessed from text.
import { languageSpec } from '../languages/registry';
import type { ParsedTree, SyntaxNode } from '../languages/SyntaxTree';
import { normaliseApi } from './apiMatch';

export interface TreeFacts {
  apis: string[];
  identifiers: string[];
  /** Names imported from a module ("from flask import redirect": redirect, flask.redirect), also in `apis`. */
  imports: string[];
}

function calleeName(node: SyntaxNode): string | null {
  const fn =
    node.childForFieldName('function') ?? node.childForFieldName('constructor') ?? node.childForFieldName('type');
  if (fn) return normaliseApi(fn.text);
  const name = node.childForFieldName('name');
  if (!name) return null;
  const object = node.childForFieldName('object') ?? node.childForFieldName('scope');
  return normaliseApi(object ? `${object.text}.${name.text}` : name.text);
}

function importNames(node: SyntaxNode, fromItems: Set<string>): string[] {
  const text = node.text;
  const names = new Set<string>();
  for (const m of text.matchAll(/["<]([\w./-]+)[">]/g)) names.add(m[1]!);
  const from = /^from\s+([\w.]+)\s+import\s+(.+)$/s.exec(text.trim());
  if (from) {
    for (const item of from[2]!.replace(/[()\s]+/g, ' ').split(',')) {
      const n = item.trim().split(/\s+as\s+/)[0]!;
      if (n && n !== '*') {
        names.add(n);
        names.add(`${from[1]}.${n}`);
        fromItems.add(n);
        fromItems.add(`${from[1]}.${n}`);
      }
    }
    names.add(from[1]!);
  } else if (/^import\s/.test(text.trim())) {
    for (const m of text.replace(/^import\s+(static\s+)?/, '').split(',')) {
      const n = m
        .trim()
        .split(/\s+as\s+/)[0]!
        .replace(/;$/, '');
      if (/^[\w.]+$/.test(n)) names.add(n);
    }
  }
  return [...names];
}

export function treeFacts(tree: ParsedTree): TreeFacts {
  const apis = new Set<string>();
  const imports = new Set<string>();
  const identifiers = new Set<string>();
  // The node kinds come from the tree's LanguageSpec (calls, imports, identifiers).
  const kinds = languageSpec(tree.language).tree;
  const calls = new Set(kinds.calls);
  const importKinds = new Set(kinds.imports);
  const names = new Set(kinds.identifiers);
  const stack: SyntaxNode[] = [tree.root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (calls.has(node.type)) {
      const n = calleeName(node);
      if (n && n.length < 80) apis.add(n);
    }
    if (importKinds.has(node.type)) for (const n of importNames(node, imports)) apis.add(n);
    if (names.has(node.type) && node.text.length < 60) identifiers.add(node.text.replace(/^\$/, ''));
    for (const child of node.namedChildren) if (child) stack.push(child);
  }
  return { apis: [...apis].sort(), identifiers: [...identifiers].sort(), imports: [...imports].sort() };
}
