// A stored task or trace naming a language that is not offered (Kotlin) is refused with a message that says so;
// Ruby, offered again since its grammar is installed, is read.
import { describe, expect, it } from 'vitest';
import { fixtureTrace } from '../../adapters/scripted/fixtureTrace';
import { parseSuiteJsonl } from '../evaluation/parseSuiteJsonl';
import { parseTraceText } from '../traceIo';
import { languageSchema, taskSchema } from './taskSchema';

describe('languageSchema', () => {
  it('accepts every offered language, Ruby included, and names the offered ones when refusing Kotlin', () => {
    expect(languageSchema.parse('csharp')).toBe('csharp');
    expect(taskSchema.parse({ id: 't', language: 'ruby', kind: 'nl', prompt: 'p' }).language).toBe('ruby');
    const result = taskSchema.safeParse({ id: 't', language: 'kotlin', kind: 'nl', prompt: 'p' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /^language "kotlin" is not offered; offered languages: python, c,.*, ruby \(docs/,
    );
  });

  it('refuses a trace whose task is in Kotlin, saying why, and reads one in Ruby', async () => {
    const trace = await fixtureTrace();
    const stored = JSON.stringify({ ...trace, task: { ...trace.task, language: 'kotlin' } });
    expect(() => parseTraceText(stored)).toThrow(/language "kotlin" is not offered/);
    const ruby = JSON.stringify({ ...trace, task: { ...trace.task, language: 'ruby' } });
    expect(parseTraceText(ruby).task.language).toBe('ruby');
  });

  it('skips a suite line in Kotlin with the same reason, and keeps one in Ruby', () => {
    const suite = parseSuiteJsonl(
      '{"id":"k","prompt":"p","language":"kotlin"}\n{"id":"r","prompt":"p","language":"ruby"}\n',
    );
    expect(suite.tasks.map((t) => [t.id, t.language])).toEqual([['r', 'ruby']]);
    expect(suite.errors[0]?.message).toContain('language "kotlin" is not offered');
  });
});
