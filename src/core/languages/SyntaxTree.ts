// The parser port: the small structural view of a syntax tree that analysis, slicing and facet
// extraction need. web-tree-sitter's Node satisfies it; core never imports web-tree-sitter.
import type { Language } from './registry';

export interface Point {
  /** 0-based row and column, as tree-sitter reports them. */
  row: number;
  column: number;
}

export interface SyntaxNode {
  readonly type: string;
  readonly text: string;
  readonly startPosition: Point;
  readonly endPosition: Point;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly isNamed: boolean;
  readonly hasError: boolean;
  readonly parent: SyntaxNode | null;
  readonly children: (SyntaxNode | null)[];
  readonly namedChildren: (SyntaxNode | null)[];
  readonly childCount: number;
  readonly namedChildCount: number;
  childForFieldName(name: string): SyntaxNode | null;
  childrenForFieldName(name: string): (SyntaxNode | null)[];
  descendantsOfType(types: string | string[]): (SyntaxNode | null)[];
}

export interface QueryCapture {
  name: string;
  node: SyntaxNode;
}

export interface QueryMatch {
  patternIndex: number;
  captures: QueryCapture[];
}

/** A parsed tree; call dispose() when done (tree-sitter memory is not garbage-collected). */
export interface ParsedTree {
  readonly language: Language;
  readonly root: SyntaxNode;
  /** Runs a tree-sitter query (S-expression) over the tree; compiled queries are cached by the port. */
  matches(query: string): QueryMatch[];
  /**
   * The matches of each query, as `matches` gives them, from one pass over the tree instead of one per query
   * (each pass walks every node, so analysis paid one full walk per distinct rule query). Optional for ports.
   */
  matchesEach?(queries: readonly string[]): QueryMatch[][];
  dispose(): void;
}

export interface ParserPort {
  /** Languages this parser can parse. */
  supports(language: Language): boolean;
  parse(code: string, language: Language): Promise<ParsedTree>;
}
