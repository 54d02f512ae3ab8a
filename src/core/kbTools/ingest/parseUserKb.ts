// Validates an imported user knowledge base file before it is installed beside the built-in one;
// the message names the first problems so the user can fix the file.
import { z } from 'zod';
import { PlaygroundError } from '../../errors';
import { formatIssue } from '../../kb/formatIssuePath';
import { USER_KB_FORMAT, userKbSchema, type UserKb } from './userKbSchema';

export function parseUserKb(json: unknown): UserKb {
  let value: unknown = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new PlaygroundError('IMPORT_INVALID', {
        message: 'The user knowledge base is not valid JSON.',
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  }
  if (typeof value === 'object' && value !== null && 'format' in value && value.format !== USER_KB_FORMAT) {
    throw new PlaygroundError('IMPORT_INVALID', {
      message: `This is not a user knowledge base (format "${String(value.format)}", expected "${USER_KB_FORMAT}").`,
      hint: 'Build one with `kb ingest --format pairs FILE` or on the "Build a knowledge base" page.',
    });
  }
  const result = userKbSchema.safeParse(value);
  if (!result.success) {
    const detail = result.error.issues.slice(0, 5).map(formatIssue).join('; ');
    throw new PlaygroundError('IMPORT_INVALID', {
      message: `The user knowledge base is invalid: ${detail}`,
      detail: z.prettifyError(result.error).slice(0, 2000),
    });
  }
  return result.data;
}
