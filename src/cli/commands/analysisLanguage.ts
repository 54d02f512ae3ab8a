// The language an `analyze` input is read as: the one given, or detected from the code's syntax when the input
// has no `language` or says "auto" (the contract in docs/cli.md). Detection that finds nothing is an error.
import { PlaygroundError } from '../../core/errors';
import type { Language } from '../../core/task/Task';
import { detectLanguage, type CountErrors } from '../../core/task/detectLanguage';
import { requireLanguage } from '../runJsonl';

export async function analysisLanguage(
  input: Record<string, unknown>,
  code: string,
  countErrors: CountErrors,
): Promise<Language> {
  if (input.language !== undefined && input.language !== 'auto') return requireLanguage(input);
  const detection = await detectLanguage(code, countErrors);
  if (!detection.best) {
    throw new PlaygroundError('LANGUAGE_UNSUPPORTED', {
      message: 'the language of "code" could not be detected; give "language"',
    });
  }
  return detection.best;
}
