import { describe, expect, it } from 'vitest';
import { safeSegment, traceFilePath } from './traceFiles';

describe('traceFilePath', () => {
  it('keeps model, configuration, task and sample apart in safe path segments', () => {
    expect(traceFilePath('out', { id: 'py-ping', config: 'rescue+revise', model: 'org/coder:7b', sample: 2 })).toBe(
      'out/org_coder_7b/rescue+revise/py-ping-2.json.gz',
    );
    expect(traceFilePath('out', { id: 't', config: 'baseline', model: 'm' })).toBe('out/m/baseline/t-0.json.gz');
  });

  it('never lets a name climb out of the folder', () => {
    expect(safeSegment('..')).toBe('_');
    expect(safeSegment('../../etc')).toBe('__.._etc');
    expect(safeSegment('')).toBe('_');
  });
});
