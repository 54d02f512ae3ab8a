// Slices every knowledge-base example pair ahead of the (synchronous) artefact build: parsing is
// asynchronous, so the pairs are parsed and sliced here and the build's `sliceExample` hook only
// looks the result up. A pair that does not parse cleanly stops the build, naming file and id.
import { PlaygroundError } from '../errors';
import { unslicedExample, type ExampleSlicer } from './buildKnowledgeArtefact';
import type { CweSource, ExampleSource } from '../kb/kbSourceSchema';
import type { CodeViewData } from '../kb/knowledgeArtefactSchema';
import type { ParsedTree, ParserPort } from '../languages/SyntaxTree';
import { slicePair, type PairSlice } from '../slicing/slicePair';

interface SlicedViews {
  vulnerable: CodeViewData;
  fixed: CodeViewData;
}

/**
 * `fileOf` names the source file of a CWE (for error messages). `strict` (kb build) makes a pair
 * that does not parse an error; otherwise (in-memory builds for retrieval, which never read the
 * slices) it ships unsliced with a warning, so one broken example cannot stop `retrieve`.
 */
export async function sliceKnowledgeExamples(
  cwes: readonly CweSource[],
  parser: ParserPort,
  fileOf: (cweId: string) => string,
  strict = true,
): Promise<{ slicer: ExampleSlicer; warnings: string[] }> {
  const views = new Map<string, SlicedViews>();
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const cwe of cwes) {
    for (const example of cwe.examples) {
      const where = `${fileOf(cwe.id)}: example ${example.id}`;
      // A language the parser cannot load is a missing feature, not a broken example:
      // the pair ships unsliced and the build says so (every offered language has a slicing table).
      if (!parser.supports(example.language)) {
        warnings.push(`${where}: no slicer for ${example.language}, shipped unsliced`);
        views.set(key(cwe.id, example.id), unslicedExample(example, cwe));
        continue;
      }
      try {
        views.set(key(cwe.id, example.id), await sliceOne(parser, example, where));
      } catch (error) {
        if (!(error instanceof PlaygroundError)) throw error;
        if (strict) problems.push(error.message);
        else {
          warnings.push(`${error.message}; shipped unsliced`);
          views.set(key(cwe.id, example.id), unslicedExample(example, cwe));
        }
      }
    }
  }
  // Every broken example is listed at once, so one build run shows all there is to fix.
  if (problems.length > 0) throw new PlaygroundError('KB_INVALID', { message: problems.join('\n') });
  const slicer: ExampleSlicer = (example, cwe) => {
    const found = views.get(key(cwe.id, example.id));
    if (!found)
      throw new PlaygroundError('KB_INVALID', { message: `${fileOf(cwe.id)}: example ${example.id} was not sliced` });
    return found;
  };
  return { slicer, warnings };
}

async function sliceOne(parser: ParserPort, example: ExampleSource, where: string): Promise<SlicedViews> {
  const vulnerable = await parseClean(parser, example.vulnerable, example.language, `${where} (vulnerable side)`);
  try {
    const fixed = await parseClean(parser, example.fixed, example.language, `${where} (fixed side)`);
    try {
      const slice = slicedPair(vulnerable, example.vulnerable, fixed, example.fixed, where);
      return {
        vulnerable: {
          code: example.vulnerable,
          sliced: true,
          keptLines: slice.vulnerable.lines,
          slice: slice.vulnerable.text,
        },
        fixed: { code: example.fixed, sliced: true, keptLines: slice.fixed.lines, slice: slice.fixed.text },
      };
    } finally {
      fixed.dispose();
    }
  } finally {
    vulnerable.dispose();
  }
}

async function parseClean(
  parser: ParserPort,
  code: string,
  language: CweSource['languages'][number],
  where: string,
): Promise<ParsedTree> {
  const tree = await parser.parse(code, language);
  if (tree.root.hasError) {
    const line = firstErrorLine(tree);
    tree.dispose();
    throw new PlaygroundError('KB_INVALID', {
      message: `${where}: the ${language} code does not parse (near line ${line})`,
    });
  }
  return tree;
}

function slicedPair(a: ParsedTree, codeA: string, b: ParsedTree, codeB: string, where: string): PairSlice {
  try {
    return slicePair({ tree: a, code: codeA }, { tree: b, code: codeB });
  } catch (error) {
    const reason = error instanceof PlaygroundError ? (error.detail ?? error.message) : String(error);
    throw new PlaygroundError('KB_INVALID', { message: `${where}: could not be sliced (${reason})` });
  }
}

function firstErrorLine(tree: ParsedTree): number {
  const error = tree.root.descendantsOfType(['ERROR'])[0];
  return error ? error.startPosition.row + 1 : 1;
}

const key = (cweId: string, exampleId: string): string => `${cweId}/${exampleId}`;
