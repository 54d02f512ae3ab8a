// Reads an exported feedback file: refuses oversized or malformed files with a clear message and
// returns the entries only when every one of them is valid, so a bad import changes nothing.
import { z } from 'zod';
import { PlaygroundError } from '../errors';
import type { FeedbackEntry } from './FeedbackEntry';
import { FEEDBACK_FILE_SCHEMA, FEEDBACK_FILE_VERSION, feedbackFileSchema } from './feedbackSchema';

/** 2 MB: thousands of entries; anything larger is not a feedback export. */
export const MAX_FEEDBACK_FILE_BYTES = 2 * 1024 * 1024;

export function parseFeedbackFile(text: string, bytes = new TextEncoder().encode(text).length): FeedbackEntry[] {
  if (bytes > MAX_FEEDBACK_FILE_BYTES) {
    throw new PlaygroundError('IMPORT_INVALID', {
      message: `The feedback file is too large (${Math.round(bytes / 1024)} KB; the limit is ${MAX_FEEDBACK_FILE_BYTES / 1024} KB). Nothing was imported.`,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PlaygroundError('IMPORT_INVALID', {
      message: 'The feedback file is not valid JSON. Nothing was imported.',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const parsed = feedbackFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new PlaygroundError('IMPORT_INVALID', {
      message: `The file is not a feedback export (${FEEDBACK_FILE_SCHEMA} version ${FEEDBACK_FILE_VERSION}). Nothing was imported.`,
      detail: z.prettifyError(parsed.error).slice(0, 600),
    });
  }
  return parsed.data.entries;
}

export function feedbackFile(entries: readonly FeedbackEntry[], now = new Date()): string {
  return `${JSON.stringify({ schema: FEEDBACK_FILE_SCHEMA, version: FEEDBACK_FILE_VERSION, exportedAt: now.toISOString(), entries }, null, 2)}\n`;
}
