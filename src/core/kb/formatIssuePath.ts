// Turns a zod issue into "examples[2].fixed: Required", the form build errors use.
import type { z } from 'zod';

export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function formatIssue(issue: z.core.$ZodIssue): string {
  const message = issue.code === 'invalid_type' && /received undefined/.test(issue.message) ? 'Required' : issue.message;
  const where = formatIssuePath(issue.path);
  return where ? `${where}: ${message}` : message;
}
