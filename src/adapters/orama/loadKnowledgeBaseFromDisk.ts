// Node only: loads public/kb/knowledge.json (or another directory's) into a KnowledgeBase, with the
// prebuilt Orama indexes beside it (orama.json) when present.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase, LoadPhases } from '../../core/kbTools/KnowledgeBase';
import { PlaygroundError } from '../../core/errors';
import { loadKnowledgeBase } from './loadKnowledgeBase';
import { ORAMA_FILE_NAME } from './oramaIndexFormat';

export async function loadKnowledgeBaseFromDisk(dir = 'public/kb', phases: LoadPhases = {}): Promise<KnowledgeBase> {
  let text: string;
  try {
    text = readFileSync(join(dir, 'knowledge.json'), 'utf8');
  } catch (error) {
    throw new PlaygroundError('KB_NOT_LOADED', {
      detail: error instanceof Error ? error.message : String(error),
      hint: 'Build it first with `npm run kb:build`.',
    });
  }
  const prebuilt = existsSync(join(dir, ORAMA_FILE_NAME))
    ? readFileSync(join(dir, ORAMA_FILE_NAME), 'utf8')
    : undefined;
  return loadKnowledgeBase(text, phases, prebuilt);
}
