// A stored task or trace naming a language that is not offered (Ruby) is refused with a message that says so.
import { describe, expect, it } from 'vitest';
import { fixtureTrace } from '../../adapters/scripted/fixtureTrace';
import { parseSuiteJsonl } from '../evaluation/parseSuiteJsonl';
import { parseTraceText } from '../traceIo';
import { languageSchema, taskSchema } from './taskSchema';

describe('languageSchema', () => {
  it('accepts every offered language and names the offered ones when refusing Ruby', () => {
    expect(languageSchema.parse('csharp')).toBe('csharp');
    const result = taskSchema.safeParse({ id: 't', language: 'ruby', kind: 'nl', prompt: 'p' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^language "ruby" is not offered; offered languages: python, c,/);
  });

  it('refuses a trace whose task is in Ruby, saying why', async () => {
    const trace = await fixtureTrace();
    const stored = JSON.stringify({ ...trace, task: { ...trace.task, language: 'ruby' } });
    expect(() => parseTraceText(stored)).toThrow(/language "ruby" is not offered/);
  });

  it('skips a suite line in Ruby with the same reason', () => {
    const suite = parseSuiteJsonl('{"id":"r","prompt":"p","language":"ruby"}\n');
    expect(suite.tasks).toEqual([]);
    expect(suite.errors[0]?.message).toContain('language "ruby" is not offered');
  });
});
