// Everything the playground knows about one programming language, in one value per language
// (core/languages/<id>.ts), listed once in registry.ts; every per-language table reads from it.
import type { SlicingSpec } from './SlicingSpec';
import type { DetectionSpec } from './languageHint';

/** The tree-sitter grammar that parses the language. Core holds only names: adapters map them to paths or URLs. */
export interface GrammarSpec {
  /** npm package that ships the .wasm file (a dependency in package.json). */
  package: string;
  /** The .wasm file inside that package. */
  file: string;
  /** A second grammar of the same package, tried when the first leaves parse errors (TypeScript with JSX). */
  fallbackFile?: string;
}

/** Where untrusted data enters a program: matched against call names and expressions by taint rules. */
export interface SourceSpec {
  /** Web request data only (redirect and SSRF sinks, where a local argument is no attack); null when none is known. */
  request: RegExp | null;
  /** Command-line arguments, environment and input reads; null when none is known. */
  local: RegExp | null;
}

/** Grammar node types the analyser and facet extraction read (each must exist in the grammar). */
export interface TreeKinds {
  /** Calls of functions, methods and constructors: the analyser's call query and the facets' API list. */
  calls: string[];
  /** Import statements whose module and names become facet APIs. */
  imports: string[];
  /** Name leaves whose text becomes a facet identifier. */
  identifiers: string[];
  /**
   * Facets only: keyword constructs that act like a call (PHP `include $page`, `echo`, backticks), by node
   * kind, with the API name they stand for. The analyser's call query does not see them.
   */
  constructs?: Readonly<Record<string, string>>;
  /** Facets only: variables that name an API by themselves (PHP superglobals such as `$_FILES`). */
  apiVariables?: RegExp;
  /**
   * Facets only: calls that load a library by a string argument (Ruby `require 'open3'`, which has no import
   * statement kind), matched against the callee name; the argument becomes an imported API.
   */
  importCalls?: RegExp;
  /** Facets only: declarations whose `type` field names a library type (C++ `std::ifstream in(path);`). */
  typedDeclarations?: string[];
}

export interface LanguageSpec<Id extends string = string> {
  /** Lower-case id used in tasks, traces, the CLI and the knowledge base. */
  id: Id;
  /** Human-readable name for menus. */
  name: string;
  /** File extensions, with the dot, the first being the one to write. */
  extensions: string[];
  /** Tags of a Markdown code fence (lower case) that mark a model's answer as this language. */
  fenceAliases: string[];
  grammar: GrammarSpec;
  /** Monaco editor language id (its definition must be registered in ui/editor/monacoSetup.ts). */
  monaco: string;
  /** Languages sharing a family share retrieved advice and examples (C with C++, JavaScript with TypeScript). */
  family: string;
  tree: TreeKinds;
  sources: SourceSpec;
  /** The PDG builder's table (see SlicingSpec). */
  slicing: SlicingSpec;
  /** Textual hints for telling pasted code's language (see languageHint.ts). */
  detection: DetectionSpec;
  /** A short program with a call, read by the registry's tests: it must parse without errors. */
  sample: string;
}

/** Keeps the literal id type, so the registry can derive the `Language` union from its array. */
export function defineLanguage<const Id extends string>(spec: LanguageSpec<Id>): LanguageSpec<Id> {
  return spec;
}
