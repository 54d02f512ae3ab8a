// ParserPort over web-tree-sitter: one Parser per language, grammars loaded on first use,
// compiled queries cached. The same code runs in a browser worker and in Node; only
// `locate` differs (a URL in the browser, a file path in Node).
import type { Language as TsLanguage, Node as TsNode, Parser, Query, QueryMatch as TsMatch } from 'web-tree-sitter';
import type { ParsedTree, ParserPort, QueryMatch } from '../../core/languages/SyntaxTree';
import { PlaygroundError } from '../../core/errors';
import { grammarFor, RUNTIME_WASM } from './grammars';
import { mirrorTree, type MirrorTree } from './mirrorTree';

/** Maps a wasm file name to where it can be loaded from (URL or file path). */
export type LocateWasm = (file: string) => string;

/** Query matches with their nodes swapped in place for the tree's mirrored nodes (mirrorTree.ts). */
function wrapMatches(found: TsMatch[], nodes: MirrorTree): QueryMatch[] {
  for (const match of found) for (const capture of match.captures) capture.node = nodes.mirrorOf(capture.node) as never;
  return found as unknown as QueryMatch[];
}

export function createTreeSitterParser(locate: LocateWasm): ParserPort {
  let init: Promise<void> | null = null;
  // Keyed by grammar file, so a language's fallback grammar gets its own parser and queries.
  const languages = new Map<string, Promise<TsLanguage>>();
  const parsers = new Map<string, Parser>();
  const queries = new Map<string, Query>();

  // web-tree-sitter loads on the first parse, so a worker that starts it is ready sooner.
  type TreeSitter = typeof import('web-tree-sitter');
  let runtime: Promise<TreeSitter> | null = null;
  let tsModule: TreeSitter | null = null;
  const treeSitter = () => (runtime ??= import('web-tree-sitter').then((m) => (tsModule = m)));
  /** The loaded module; only called after a parse, which loads it. */
  const loaded = (): TreeSitter => {
    if (!tsModule) throw new PlaygroundError('PARSE_FAILED', { detail: 'web-tree-sitter is not loaded yet' });
    return tsModule;
  };

  function ensureInit(): Promise<void> {
    init ??= treeSitter().then((ts) => ts.Parser.init({ locateFile: () => locate(RUNTIME_WASM.file) }));
    return init;
  }

  function loadGrammar(file: string): Promise<TsLanguage> {
    let pending = languages.get(file);
    if (!pending) {
      pending = ensureInit().then(async () => (await treeSitter()).Language.load(locate(file)));
      languages.set(file, pending);
    }
    return pending;
  }

  async function parseWith(file: string, code: string) {
    const tsLanguage = await loadGrammar(file);
    let parser = parsers.get(file);
    if (!parser) {
      parser = new (loaded().Parser)();
      parser.setLanguage(tsLanguage);
      parsers.set(file, parser);
    }
    const tree = parser.parse(code);
    if (!tree) throw new PlaygroundError('PARSE_FAILED', { detail: file });
    return { tree, tsLanguage, file };
  }

  function compiled(tsLanguage: TsLanguage, file: string, source: string): Query {
    const key = `${file}\u0000${source}`;
    let query = queries.get(key);
    if (!query) {
      query = new (loaded().Query)(tsLanguage, source);
      queries.set(key, query);
    }
    return query;
  }

  /**
   * Several queries compiled as one and run in one pass; each match goes back to its query by pattern index,
   * renumbered from that query's first pattern. Falls back to one pass per query if the cursor hit its match
   * limit, since a shared pass could then drop matches a lone query keeps.
   */
  function matchesEach(
    tsLanguage: TsLanguage,
    file: string,
    root: TsNode,
    sources: readonly string[],
    nodes: MirrorTree,
  ): QueryMatch[][] {
    const one = (source: string) => wrapMatches(compiled(tsLanguage, file, source).matches(root), nodes);
    const starts: number[] = [];
    let patterns = 0;
    for (const source of sources) {
      starts.push(patterns);
      patterns += compiled(tsLanguage, file, source).patternCount();
    }
    const combined = compiled(tsLanguage, file, sources.join('\n'));
    const found = wrapMatches(combined.matches(root), nodes);
    if (combined.didExceedMatchLimit()) return sources.map(one);
    const out: QueryMatch[][] = sources.map(() => []);
    for (const match of found) {
      let at = starts.length - 1;
      while (at > 0 && (starts[at] ?? 0) > match.patternIndex) at -= 1;
      match.patternIndex -= starts[at] ?? 0;
      out[at]?.push(match);
    }
    return out;
  }

  return {
    supports: (language) => grammarFor(language) !== undefined,
    async parse(code, language): Promise<ParsedTree> {
      const grammar = grammarFor(language);
      if (!grammar) throw new PlaygroundError('LANGUAGE_UNSUPPORTED', { detail: language });
      let parsed = await parseWith(grammar.file, code);
      if (parsed.tree.rootNode.hasError && grammar.fallback) {
        const second = await parseWith(grammar.fallback.file, code);
        if (second.tree.rootNode.hasError) second.tree.delete();
        else {
          parsed.tree.delete();
          parsed = second;
        }
      }
      const { tree, tsLanguage, file } = parsed;
      const nodes = mirrorTree(tree, code);
      return {
        language,
        root: nodes.root,
        matches: (source) => wrapMatches(compiled(tsLanguage, file, source).matches(tree.rootNode), nodes),
        matchesEach: (sources) => matchesEach(tsLanguage, file, tree.rootNode, sources, nodes),
        dispose: () => tree.delete(),
      };
    },
  };
}
