import { describe, expect, it } from 'vitest';
import { parseCritique } from './parseCritique';

describe('parseCritique', () => {
  it('reads an explicit no-issue answer in several phrasings', () => {
    expect(parseCritique('NO ISSUES FOUND')).toEqual({ issues: [], clean: true });
    expect(parseCritique('No security problems.')).toEqual({ issues: [], clean: true });
    expect(parseCritique('No vulnerabilities were found in this code.')).toEqual({ issues: [], clean: true });
  });

  it('lists bullet and numbered problems, ignoring code blocks', () => {
    const parsed = parseCritique(
      'Problems:\n- CWE-78 line 3: shell string\n2) CWE-22: path joined\n```python\n- not an issue\n```',
    );
    expect(parsed).toEqual({ issues: ['CWE-78 line 3: shell string', 'CWE-22: path joined'], clean: false });
  });

  it('counts a critique that names no problem as finding nothing', () => {
    expect(parseCritique('The code looks fine to me.').clean).toBe(true);
    expect(parseCritique('```python\nprint(1)\n```').clean).toBe(true);
  });

  it('does not mistake "no" inside a problem for a clean answer', () => {
    expect(parseCritique('- no validation of the file name (CWE-22)').clean).toBe(false);
  });
});
