// `kb build`: validates every kb/ YAML file and writes the deterministic artefact, the prebuilt Orama
// indexes and the manifest (default public/kb); warnings and counts go to stderr.
import type { Command } from '../Command';
import { toErrorRecord } from '../../core/errors';
import { kbManifest } from '../../core/kb/kbManifest';
import { INPUT_FILE_EXIT, InputFileError, assertDirectory } from '../readInputFile';
import { writeKbArtefacts } from '../../adapters/node/writeKbArtefacts';

export const kbBuildCommand: Command = {
  name: 'kb build',
  summary: 'validate kb/ and write the knowledge artefact (--kb kb --out public/kb)',
  options: [
    { name: 'kb', type: 'string', value: 'DIR', default: 'kb', description: 'knowledge base sources (YAML)' },
    { name: 'out', type: 'string', value: 'DIR', default: 'public/kb', description: 'where the artefacts are written' },
    { name: 'verbose', type: 'boolean', description: 'list every warning, not only the first five' },
  ],
  async run(args) {
    const started = performance.now();
    try {
      assertDirectory(args.flags.kb ?? 'kb');
      const { artefact, warnings } = await writeKbArtefacts(args.flags.kb ?? 'kb', args.flags.out ?? 'public/kb');
      for (const w of warnings.slice(0, 5)) process.stderr.write(`warning: ${w}\n`);
      if (warnings.length > 5)
        process.stderr.write(`warning: … and ${warnings.length - 5} more (--verbose lists them)\n`);
      if (args.flags.verbose) for (const w of warnings.slice(5)) process.stderr.write(`warning: ${w}\n`);
      const c = kbManifest(artefact, {}).counts;
      process.stderr.write(
        `kb ${artefact.version}: ${c.cwes} CWEs, ${c.guidelines} guidelines, ${c.examples} examples, ${c.advisories} advisories, ${c.tasks} tasks; embedder ${c.vocabulary} terms x ${c.dims} dims (${Math.round(performance.now() - started)} ms)\n`,
      );
      return 0;
    } catch (error) {
      const record = toErrorRecord(error, 'KB_INVALID');
      process.stderr.write(
        `${record.message}${record.detail && !record.message.includes(record.detail) ? `\n${record.detail}` : ''}\n`,
      );
      return error instanceof InputFileError ? INPUT_FILE_EXIT : 1;
    }
  },
};
