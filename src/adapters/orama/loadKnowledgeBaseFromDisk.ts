// Node only: loads public/kb/knowledge.json (or another directory's) into a KnowledgeBase.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../../core/kb/KnowledgeBase';
import { PlaygroundError } from '../../core/errors';
import { loadKnowledgeBase } from './loadKnowledgeBase';

export async function loadKnowledgeBaseFromDisk(dir = 'public/kb'): Promise<KnowledgeBase> {
  let text: string;
  try {
    text = readFileSync(join(dir, 'knowledge.json'), 'utf8');
  } catch (error) {
    throw new PlaygroundError('KB_NOT_LOADED', {
      detail: error instanceof Error ? error.message : String(error),
      hint: 'Build it first with `npm run kb:build`.',
    });
  }
  return loadKnowledgeBase(text);
}
