// The distillation reply parser: plain, markdown and numbered forms; duplicates dropped.
import { describe, expect, it } from 'vitest';
import { parseDistillReply } from './parseDistillReply';

describe('parseDistillReply', () => {
  it('reads a cause spread over lines and a dash list', () => {
    expect(
      parseDistillReply(
        'Sure.\nCAUSE: Paths were joined\nwithout checks.\nGUIDELINES:\n- Resolve the path.\n- Check the prefix.\nThanks',
      ),
    ).toEqual({
      cause: 'Paths were joined without checks.',
      guidelines: ['Resolve the path.', 'Check the prefix.'],
    });
  });

  it('reads bold headings, numbered items and drops repeats', () => {
    expect(
      parseDistillReply(
        '**Cause**: x\n**Guidelines**:\n1) Use **bind** parameters.\n2. use bind parameters\n* Escape output.',
      ),
    ).toEqual({
      cause: 'x',
      guidelines: ['Use bind parameters.', 'Escape output.'],
    });
  });

  it('gives null when there is no guideline', () => {
    expect(parseDistillReply('CAUSE: something\nGUIDELINES:\nnone')).toBeNull();
    expect(parseDistillReply('')).toBeNull();
  });
});
