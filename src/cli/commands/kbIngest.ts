// `kb ingest --format pairs FILE [--out DIR] [--name NAME] [--engine openai --base-url URL --model NAME]`:
// builds a user knowledge base from vulnerability-fix pairs; prints one JSON summary line.
import { basename } from 'node:path';
import type { Command } from '../Command';
import { PlaygroundError, toErrorRecord } from '../../core/errors';
import { evalEngines } from './evalEngines';
import { ingestPairsFile } from '../../adapters/node/ingestPairsFile';
import { INPUT_FILE_EXIT, InputFileError, readInputFile } from '../readInputFile';
import { engineOptions } from '../commonOptions';

export const kbIngestCommand: Command = {
  name: 'kb ingest',
  summary: 'build a user knowledge base from fix pairs (--format pairs FILE --out DIR [--engine openai ...])',
  options: [
    { name: 'format', type: 'string', choices: ['pairs'], default: 'pairs', description: 'input format' },
    { name: 'file', type: 'string', value: 'FILE|-', description: 'the same as the FILE word' },
    {
      name: 'out',
      type: 'string',
      value: 'DIR',
      default: 'user-kb',
      description: 'where the user knowledge base is written',
    },
    { name: 'name', type: 'string', defaultNote: 'the file name', description: 'name of the knowledge base' },
    {
      name: 'kb-dir',
      type: 'string',
      value: 'DIR',
      defaultNote: 'public/kb',
      description: 'built-in knowledge base to load beside it',
    },
    ...engineOptions('distil guidelines with a model (openai); without it no model is used'),
  ],
  positional: {
    name: 'FILE|-',
    description: 'JSON Lines of {"cwe","language","vulnerable","fixed","description"?}; - reads stdin',
  },
  async run(args) {
    try {
      const file = args.positional[0] ?? args.flags.file;
      if ((args.flags.format ?? 'pairs') !== 'pairs') {
        throw new PlaygroundError('BAD_INPUT', {
          message: `unknown --format "${args.flags.format}"`,
          hint: 'Only --format pairs is supported.',
        });
      }
      if (!file)
        throw new PlaygroundError('BAD_INPUT', {
          message: 'usage: kb ingest --format pairs FILE [--out DIR]',
          hint: 'FILE is JSON Lines of {"cwe","language","vulnerable","fixed","description"?} or "-" for stdin.',
        });
      // Only an explicitly configured engine distils; anything else skips with a message.
      const engine = args.flags.engine ? (evalEngines(args)[0] ?? null) : null;
      const summary = await ingestPairsFile({
        file,
        outDir: args.flags.out ?? 'user-kb',
        kbDir: args.flags['kb-dir'],
        name: args.flags.name ?? (file === '-' ? 'stdin' : basename(file).replace(/\.jsonl?$/, '')),
        engine,
        log: (line) => process.stderr.write(`${line}\n`),
        read: readInputFile,
      });
      process.stderr.write(
        `user kb ${summary.version}: ${summary.cwes} CWEs, ${summary.examples} examples (${summary.sliced} sliced), ${summary.guidelines} guidelines, ${summary.problems} bad lines; written to ${summary.file} and loaded beside the built-in one in ${summary.ms.load} ms\n`,
      );
      process.stdout.write(`${JSON.stringify(summary)}\n`);
      return 0;
    } catch (error) {
      const record = toErrorRecord(error, 'BAD_INPUT');
      process.stderr.write(
        `${record.message}${record.hint ? `\n${record.hint}` : ''}${record.detail ? `\n${record.detail}` : ''}\n`,
      );
      return error instanceof InputFileError ? INPUT_FILE_EXIT : 1;
    }
  },
};
