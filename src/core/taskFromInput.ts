// A task read from one JSON Lines input object ({prompt, language, kind?, id?}), as the `retrieve`
// command and the retrieval measurement scripts take it; the kind is inferred when not given.
import { PlaygroundError } from './errors';
import { isLanguage, type Task } from './task/Task';
import { inferTaskKind } from './facets/inferTaskKind';

function stringField(input: Record<string, unknown>, field: string): string {
  const value = input[field];
  if (typeof value !== 'string') {
    throw new PlaygroundError('BAD_INPUT', { message: `field "${field}" must be a string` });
  }
  return value;
}

export function taskFromInput(input: Record<string, unknown>): Task {
  const prompt = stringField(input, 'prompt');
  const language = stringField(input, 'language');
  if (!isLanguage(language))
    throw new PlaygroundError('LANGUAGE_UNSUPPORTED', { message: `unknown language "${language}"` });
  const kind = input.kind === 'nl' || input.kind === 'completion' ? input.kind : inferTaskKind(prompt);
  return { id: typeof input.id === 'string' ? input.id : 'task', language, kind, prompt };
}
