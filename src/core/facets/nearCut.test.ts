import { describe, expect, it } from 'vitest';
import { nearCutOperations, NEAR_CUT_LINES_FOR_OPERATIONS } from './nearCut';
import { prepareOperation } from './PreparedFacets';
import type { OperationSource } from '../kb/kbSourceSchema';

const OPERATIONS = (
  [
    { id: 'randomness', label: 'Random values', keywords: ['random', 'jitter'], apis: ['random.random'], cues: [] },
    { id: 'hashing', label: 'Hashing', keywords: ['digest', 'hash'], apis: ['hashlib.md5'], cues: [] },
    { id: 'shell', label: 'Shell', keywords: ['shell'], apis: ['os.system'], cues: [] },
  ] as OperationSource[]
).map(prepareOperation);

describe('nearCutOperations', () => {
  it('names the operations of the last lines only, by keyword or by call', () => {
    const prefix = [
      '# Compute a digest of every file, then retry with a little jitter.',
      'def upload(paths):',
      ...Array.from({ length: 10 }, (_, i) => `    total += size_of(paths[${i}])`),
      '    for attempt in range(retries):',
      '        # wait a random fraction of the delay',
      '        ',
    ].join('\n');
    expect(nearCutOperations(prefix, OPERATIONS)).toEqual(['randomness']);
  });

  it('finds an API call just above the cut', () => {
    const prefix = ['x = 1', ...Array.from({ length: 8 }, () => 'y = f(x)'), 'os.system(cmd)', 'return'].join('\n');
    expect(NEAR_CUT_LINES_FOR_OPERATIONS).toBeGreaterThanOrEqual(2);
    expect(nearCutOperations(prefix, OPERATIONS)).toEqual(['shell']);
  });

  it('names nothing when the last lines name no operation', () => {
    expect(nearCutOperations('a = 1\nb = 2\n\n', OPERATIONS)).toEqual([]);
  });
});
