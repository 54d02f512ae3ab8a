// The import merge rules without a database: ties in the file, ties with storage, and the wording.
import { describe, expect, it } from 'vitest';
import { compareStamps, importSummary, mergeImport } from './mergeImport';
import type { FeedbackEntry } from './FeedbackEntry';

const entry = (id: string, createdAt: string, note: string, updatedAt?: string): FeedbackEntry => ({
  id,
  createdAt,
  ...(updatedAt ? { updatedAt } : {}),
  runId: 'r',
  taskId: 't',
  verdict: 'accept',
  note,
  target: { kind: 'revision', language: 'python', cwes: [] },
  outcomes: { good: 0, bad: 0 },
});

describe('mergeImport', () => {
  it('keeps the later of two equally old copies in the file and leaves an equally old stored entry alone', () => {
    const stored = new Map([['a', entry('a', '2026-01-01T00:00:00Z', 'stored')]]);
    const { write, counts } = mergeImport(
      [
        entry('a', '2026-01-01T00:00:00Z', 'first'),
        entry('a', '2026-01-01T00:00:00Z', 'second'),
        entry('b', '2026-01-01T00:00:00Z', 'b1'),
        entry('b', '2026-01-01T00:00:00Z', 'b2'),
      ],
      stored,
    );
    expect(write.map((e) => e.note)).toEqual(['b2']);
    expect(counts).toEqual({ added: 1, updated: 0, keptNewerLocal: 0, unchanged: 1, duplicatesInFile: 2 });
  });

  it('compares dates as instants (offsets differ) and falls back to text for non-dates', () => {
    expect(compareStamps('2026-01-01T01:00:00+02:00', '2026-01-01T00:00:00Z')).toBeLessThan(0);
    expect(compareStamps('b', 'a')).toBeGreaterThan(0);
  });

  it('words the result with only the parts that apply', () => {
    expect(importSummary({ added: 9, updated: 3, keptNewerLocal: 2, unchanged: 0, duplicatesInFile: 1 })).toBe(
      '12 stored: 9 new, 3 updated; 2 kept because your copy is newer; 1 duplicate in the file.',
    );
    expect(importSummary({ added: 1, updated: 0, keptNewerLocal: 0, unchanged: 0, duplicatesInFile: 0 })).toBe(
      '1 stored: 1 new, 0 updated.',
    );
  });
});
