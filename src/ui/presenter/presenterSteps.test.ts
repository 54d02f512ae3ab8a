import { describe, expect, it } from 'vitest';
import { keyMove, moveStep, stepIndex } from './presenterSteps';

const steps = [
  { id: 'facets', stage: 'facets' },
  { id: 'retrieval', stage: 'retrieval' },
  { id: 'output', stage: 'generation' },
  { id: 'diff', stage: 'diff' },
];

describe('presenter steps', () => {
  it('finds the deep-linked step by stage name or pane id, else the first', () => {
    expect(stepIndex(steps, 'generation')).toBe(2);
    expect(stepIndex(steps, 'output')).toBe(2);
    expect(stepIndex(steps, 'Retrieval')).toBe(1);
    expect(stepIndex(steps, 'nonsense')).toBe(0);
    expect(stepIndex(steps, null)).toBe(0);
  });

  it('maps presenter keys to moves and ignores others', () => {
    expect(['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', 'Home', 'End', 'a'].map(keyMove)).toEqual([
      'next',
      'next',
      'previous',
      'previous',
      'first',
      'last',
      null,
    ]);
  });

  it('moves within bounds without wrapping', () => {
    expect(moveStep(0, 'next', 4)).toBe(1);
    expect(moveStep(3, 'next', 4)).toBe(3);
    expect(moveStep(0, 'previous', 4)).toBe(0);
    expect(moveStep(2, 'first', 4)).toBe(0);
    expect(moveStep(0, 'last', 4)).toBe(3);
    expect(moveStep(5, 'next', 0)).toBe(0);
  });
});
