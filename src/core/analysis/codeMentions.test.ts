// Whole-file pattern tests are answered once per analysis and pattern, and stateful patterns are never memoised.
import { describe, expect, it } from 'vitest';
import { codeMentions } from './codeMentions';
import type { RuleContext } from './RuleContext';

const contextOf = (code: string): RuleContext => ({ code, memo: new Map() }) as unknown as RuleContext;

describe('codeMentions', () => {
  it('answers as the pattern does on the whole file', () => {
    const ctx = contextOf('app.config["MAX_CONTENT_LENGTH"] = 1\n');
    expect(codeMentions(ctx, /MAX_CONTENT_LENGTH/)).toBe(true);
    expect(codeMentions(ctx, /max_content_length/)).toBe(false);
    expect(codeMentions(ctx, /max_content_length/i)).toBe(true);
  });

  it('tests a pattern once per analysis, by source and flags rather than by object', () => {
    const ctx = contextOf('uses defusedxml\n');
    const pattern = /defusedxml/;
    let tests = 0;
    const original = pattern.test.bind(pattern);
    pattern.test = (s: string) => (tests++, original(s));
    expect(codeMentions(ctx, pattern)).toBe(true);
    expect(codeMentions(ctx, pattern)).toBe(true);
    expect(codeMentions(ctx, /defusedxml/)).toBe(true);
    expect(tests).toBe(1);
  });

  it('reruns global patterns, whose lastIndex changes their answer', () => {
    const ctx = contextOf('one token here\n');
    const global = /token/g;
    expect(codeMentions(ctx, global)).toBe(true);
    expect(codeMentions(ctx, global)).toBe(false); // lastIndex moved past the only match, as a plain test would
  });
});
