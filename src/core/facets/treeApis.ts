// Calls, imports and identifiers of a code prefix read from its syntax tree (any language the
// parser port supports), so "os.system" is found as a call rather than guessed from text.
import { languageSpec } from '../languages/registry';
import type { ParsedTree, SyntaxNode } from '../languages/SyntaxTree';
import { normaliseApi } from './apiMatch';
import { importStatementNames } from './importStatement';

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
  const method = node.childForFieldName('method');
  if (method && node.type === 'call') {
    // Ruby: `Open3.capture2(...)`, `system "ls"`; a receiver that is itself a call chain keeps only its last name.
    const receiver = node.childForFieldName('receiver');
    const base = receiver?.type === 'call' ? receiver.childForFieldName('method')?.text : receiver?.text;
    return normaliseApi(base ? `${base}.${method.text}` : method.text);
  }
  const name = node.childForFieldName('name');
  // PHP's `new PDO(...)` names its class in an unlabelled first child.
  if (!name) return node.type === 'object_creation_expression' ? creationClass(node) : null;
  const object = node.childForFieldName('object') ?? node.childForFieldName('scope');
  return normaliseApi(object ? `${object.text}.${name.text}` : name.text);
}

/** `std::vector<int>` -> `std::vector`; built-in types (`int`, `char`) name no library. */
function declaredType(node: SyntaxNode): string | null {
  const type = node.childForFieldName('type');
  if (!type || !/^(qualified_identifier|type_identifier|template_type)$/.test(type.type)) return null;
  return normaliseApi(type.text.replace(/<[^]*$/, ''));
}

function creationClass(node: SyntaxNode): string | null {
  const cls = node.namedChildren.find((c) => c && /^(name|qualified_name)$/.test(c.type));
  return cls ? normaliseApi(cls.text.replace(/\\/g, '.').replace(/^\./, '')) : null;
}

/** The string arguments of a library-loading call (Ruby `require 'net/http'` -> net/http, net.http). */
function loadedLibraries(call: SyntaxNode): string[] {
  const args = call.childForFieldName('arguments');
  const names: string[] = [];
  for (const arg of args?.namedChildren ?? []) {
    const text = arg?.type === 'string' ? arg.text.slice(1, -1) : '';
    if (/^[\w./-]+$/.test(text)) names.push(text, text.replace(/\//g, '.'));
  }
  return names;
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
  const constructs = kinds.constructs ?? {};
  const typed = new Set(kinds.typedDeclarations ?? []);
  const stack: SyntaxNode[] = [tree.root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (calls.has(node.type)) {
      const n = calleeName(node);
      if (n && n.length < 80) apis.add(n);
      if (n && kinds.importCalls?.test(n)) for (const lib of loadedLibraries(node)) apis.add(lib);
    }
    if (Object.hasOwn(constructs, node.type)) apis.add(constructs[node.type]!);
    if (typed.has(node.type)) {
      const t = declaredType(node);
      if (t && t.length < 80) apis.add(t);
    }
    if (kinds.apiVariables?.test(node.text) && names.has(node.type)) apis.add(normaliseApi(node.text));
    if (importKinds.has(node.type)) {
      const found = importStatementNames(node.text);
      for (const n of found.names) apis.add(n);
      for (const n of found.fromItems) imports.add(n);
    }
    if (names.has(node.type) && node.text.length < 60) identifiers.add(node.text.replace(/^\$/, ''));
    for (const child of node.namedChildren) if (child) stack.push(child);
  }
  return { apis: [...apis].sort(), identifiers: [...identifiers].sort(), imports: [...imports].sort() };
}
