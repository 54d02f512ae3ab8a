// The knowledge base for CLI commands: built in memory from kb/ when the sources are there (so
// results never lag behind an edit), else loaded from the built artefact (--kb-dir public/kb).
import { existsSync } from 'node:fs';
import type { ParsedArgs } from '../Command';
import type { KnowledgeBase } from '../../core/kbTools/KnowledgeBase';
import { createKnowledgeBase } from '../../core/kbTools/KnowledgeBase';
import { createOramaSearch } from '../../adapters/orama/createOramaSearch';
import { loadKnowledgeBaseFromDisk } from '../../adapters/orama/loadKnowledgeBaseFromDisk';
import { buildFromDir } from '../../adapters/node/buildFromDir';

export function openKnowledgeBase(args: ParsedArgs): Promise<KnowledgeBase> {
  const source = args.flags.kb ?? 'kb';
  if (!args.flags['kb-dir'] && existsSync(source)) {
    return buildFromDir(source).then((built) => createKnowledgeBase(built.artefact, createOramaSearch));
  }
  return loadKnowledgeBaseFromDisk(args.flags['kb-dir'] ?? 'public/kb');
}
