// Validates untrusted artefact JSON (fetched or read from disk) into a typed artefact.
import { PlaygroundError } from '../errors';
import { knowledgeArtefactSchema, type KnowledgeArtefact } from './knowledgeArtefactSchema';
import { formatIssue } from './formatIssuePath';

export function parseArtefact(json: unknown): KnowledgeArtefact {
  const value: unknown = typeof json === 'string' ? JSON.parse(json) : json;
  const result = knowledgeArtefactSchema.safeParse(value);
  if (!result.success) {
    const detail = result.error.issues.slice(0, 5).map(formatIssue).join('; ');
    throw new PlaygroundError('KB_INVALID', { detail, hint: 'Rebuild it with `npm run kb:build`.' });
  }
  return result.data;
}
