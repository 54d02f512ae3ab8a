// Slices one ingested pair around the lines its fix changes (slicePair). Fix data is messier than
// our own examples, so a pair that cannot be sliced is kept whole, with the reason counted.
import type { ParsedTree, ParserPort } from '../../languages/SyntaxTree';
import type { Language } from '../../task/Task';
import type { CodeViewData } from '../../kb/knowledgeArtefactSchema';
import { slicePair } from '../../slicing/slicePair';

export interface PairViews {
  vulnerable: CodeViewData;
  fixed: CodeViewData;
  /** Set when the pair stayed unsliced. */
  unsliced?: string;
}

/** Sides longer than this are kept whole: slicing cost grows with the function. */
export const MAX_SLICE_LINES = 1500;

export async function slicePairViews(
  parser: ParserPort,
  language: Language,
  vulnerable: string,
  fixed: string,
): Promise<PairViews> {
  const whole = (reason: string): PairViews => ({
    vulnerable: { code: vulnerable, sliced: false },
    fixed: { code: fixed, sliced: false },
    unsliced: reason,
  });
  if (!parser.supports(language)) return whole(`no parser for ${language}`);
  if (vulnerable === fixed) return whole('both sides are identical');
  if (Math.max(lines(vulnerable), lines(fixed)) > MAX_SLICE_LINES) return whole(`longer than ${MAX_SLICE_LINES} lines`);
  const trees: ParsedTree[] = [];
  try {
    trees.push(await parser.parse(vulnerable, language));
    trees.push(await parser.parse(fixed, language));
    // Tree-sitter recovers from errors (macros, fragments); the slice is still useful, but a
    // side that is mostly error is not worth slicing.
    if (trees.some((t) => t.root.type === 'ERROR')) return whole('does not parse');
    const slice = slicePair({ tree: trees[0]!, code: vulnerable }, { tree: trees[1]!, code: fixed });
    if (slice.vulnerable.lines.length === 0 && slice.fixed.lines.length === 0)
      return whole('no changed statement found');
    return {
      vulnerable: { code: vulnerable, sliced: true, keptLines: slice.vulnerable.lines, slice: slice.vulnerable.text },
      fixed: { code: fixed, sliced: true, keptLines: slice.fixed.lines, slice: slice.fixed.text },
    };
  } catch {
    return whole('slicer failed');
  } finally {
    for (const tree of trees) tree.dispose();
  }
}

function lines(code: string): number {
  return code.split('\n').length;
}
