// The diff stage: a line diff of the code before and after revision (jsdiff's structured patch).
import { structuredPatch } from 'diff';
import type { DiffRecord } from './DiffRecord';

export function diffCode(before: string, after: string): DiffRecord {
  const patch = structuredPatch('before', 'after', before, after, '', '', { context: 3 });
  let added = 0;
  let removed = 0;
  for (const hunk of patch.hunks) {
    for (const line of hunk.lines) {
      if (line.startsWith('+')) added += 1;
      else if (line.startsWith('-')) removed += 1;
    }
  }
  const text = patch.hunks
    .map((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines].join('\n'))
    .join('\n');
  return {
    before,
    after,
    changed: before !== after,
    added,
    removed,
    patch: text ? `--- before\n+++ after\n${text}\n` : '',
    hunks: patch.hunks.map((h) => ({
      oldStart: h.oldStart,
      oldLines: h.oldLines,
      newStart: h.newStart,
      newLines: h.newLines,
      lines: h.lines,
    })),
  };
}
