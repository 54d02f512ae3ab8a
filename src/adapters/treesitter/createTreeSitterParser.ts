// ParserPort over web-tree-sitter: one Parser per language, grammars loaded on first use,
// compiled queries cached. The same code runs in a browser worker and in Node; only
// `locate` differs (a URL in the browser, a file path in Node).
import { Language as TsLanguage, Parser, Query } from 'web-tree-sitter';
import type { Language } from '../../core/task/Task';
import type { ParsedTree, ParserPort, QueryMatch, SyntaxNode } from '../../core/languages/SyntaxTree';
import { PlaygroundError } from '../../core/errors';
import { GRAMMARS, RUNTIME_WASM } from './grammars';

/** Maps a wasm file name to where it can be loaded from (URL or file path). */
export type LocateWasm = (file: string) => string;

export function createTreeSitterParser(locate: LocateWasm): ParserPort {
  let init: Promise<void> | null = null;
  const languages = new Map<Language, Promise<TsLanguage>>();
  const parsers = new Map<Language, Parser>();
  const queries = new Map<string, Query>();

  function ensureInit(): Promise<void> {
    init ??= Parser.init({ locateFile: () => locate(RUNTIME_WASM.file) });
    return init;
  }

  function loadLanguage(language: Language): Promise<TsLanguage> {
    const grammar = GRAMMARS[language];
    if (!grammar) throw new PlaygroundError('LANGUAGE_UNSUPPORTED', { detail: language });
    let pending = languages.get(language);
    if (!pending) {
      pending = ensureInit().then(() => TsLanguage.load(locate(grammar.file)));
      languages.set(language, pending);
    }
    return pending;
  }

  function compiled(tsLanguage: TsLanguage, language: Language, source: string): Query {
    const key = `${language}\u0000${source}`;
    let query = queries.get(key);
    if (!query) {
      query = new Query(tsLanguage, source);
      queries.set(key, query);
    }
    return query;
  }

  return {
    supports: (language) => GRAMMARS[language] !== undefined,
    async parse(code, language): Promise<ParsedTree> {
      const tsLanguage = await loadLanguage(language);
      let parser = parsers.get(language);
      if (!parser) {
        parser = new Parser();
        parser.setLanguage(tsLanguage);
        parsers.set(language, parser);
      }
      const tree = parser.parse(code);
      if (!tree) throw new PlaygroundError('PARSE_FAILED', { detail: language });
      return {
        language,
        root: tree.rootNode as unknown as SyntaxNode,
        matches: (source) =>
          compiled(tsLanguage, language, source).matches(tree.rootNode) as unknown as QueryMatch[],
        dispose: () => tree.delete(),
      };
    },
  };
}
