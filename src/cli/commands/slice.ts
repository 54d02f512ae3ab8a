// `slice --jsonl FILE`: bidirectional PDG slices, {"id","language","code","lines":[n...]} ->
// {"id","lines":[kept line numbers],"ms"}; optional --hops N (default 2).
import type { Command } from '../Command';
import { requireLanguage, requireString, runJsonl } from '../runJsonl';
import { JSONL_OPTION, JSONL_POSITIONAL } from '../commonOptions';
import { nodeParser } from '../../adapters/node/nodeParser';
import { PlaygroundError } from '../../core/errors';
import { DEFAULT_HOPS, sliceLines } from '../../core/slicing/sliceLines';
import { lineCount } from '../../core/slicing/slicePair';

function criterionLines(input: Record<string, unknown>, code: string): number[] {
  const lines = input.lines;
  if (!Array.isArray(lines) || lines.length === 0) {
    throw new PlaygroundError('BAD_INPUT', { message: 'field "lines" must be a non-empty array of line numbers' });
  }
  const count = lineCount(code);
  return lines.map((line: unknown) => {
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 1 || line > count) {
      throw new PlaygroundError('BAD_INPUT', { message: `line ${JSON.stringify(line)} is not in 1..${count}` });
    }
    return line;
  });
}

export const sliceCommand: Command = {
  name: 'slice',
  summary: 'program slices: {"id","language","code","lines":[n...]} -> {"id","lines":[kept],"ms"} (--hops N)',
  options: [
    JSONL_OPTION,
    {
      name: 'hops',
      type: 'integer',
      min: 0,
      default: String(DEFAULT_HOPS),
      description: 'dependence edges followed from the criterion lines',
    },
  ],
  positional: JSONL_POSITIONAL,
  async run(args) {
    const file = args.flags.jsonl ?? args.positional[0];
    const hops = args.flags.hops === undefined ? DEFAULT_HOPS : Number(args.flags.hops);
    if (!file || !Number.isInteger(hops) || hops < 0) {
      process.stderr.write('usage: npm run -s cli -- slice --jsonl FILE|- [--hops N]\n');
      return 2;
    }
    const parser = nodeParser();
    return runJsonl(file, async (input) => {
      const language = requireLanguage(input);
      const code = requireString(input, 'code');
      const criteria = criterionLines(input, code);
      const tree = await parser.parse(code, language);
      try {
        return { lines: sliceLines(tree, criteria, hops).lines };
      } finally {
        tree.dispose();
      }
    });
  },
};
