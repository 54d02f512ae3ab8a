// The knowledge base for CLI commands: the built artefact (public/kb) when its manifest's hashes say it
// matches kb/ and the builder's code, else built in memory from kb/ (about 11 s), saying why on stderr.
// --kb-dir DIR always loads DIR as it is.
import { existsSync } from 'node:fs';
import type { ParsedArgs } from '../Command';
import type { KnowledgeBase } from '../../core/kbTools/KnowledgeBase';
import { createKnowledgeBase } from '../../core/kbTools/KnowledgeBase';
import { createOramaSearch } from '../../adapters/orama/createOramaSearch';
import { loadKnowledgeBaseFromDisk } from '../../adapters/orama/loadKnowledgeBaseFromDisk';
import { buildFromDir } from '../../adapters/node/buildFromDir';
import { builtKbFreshness } from '../../adapters/node/builtKbFreshness';
import { toErrorRecord } from '../../core/errors';

export const DEFAULT_BUILT_KB = 'public/kb';

export async function openKnowledgeBase(args: ParsedArgs, builtDir = DEFAULT_BUILT_KB): Promise<KnowledgeBase> {
  const source = args.flags.kb ?? 'kb';
  if (args.flags['kb-dir'] || !existsSync(source)) return loadKnowledgeBaseFromDisk(args.flags['kb-dir'] ?? builtDir);
  const freshness = builtKbFreshness(source, builtDir);
  let reason = freshness.current ? '' : freshness.reason;
  if (freshness.current) {
    try {
      return await loadKnowledgeBaseFromDisk(builtDir);
    } catch (error) {
      reason = `${builtDir} could not be loaded (${toErrorRecord(error).message})`;
    }
  }
  process.stderr.write(
    `kb: building ${source}/ in memory: ${reason}; \`npm run kb:build\` makes later commands start at once\n`,
  );
  const built = await buildFromDir(source);
  return createKnowledgeBase(built.artefact, createOramaSearch);
}
