import { describe, expect, it } from 'vitest';
import { KEPT_REQUESTS, ScriptedEngine, tokenize } from './ScriptedEngine';
import { parseEngineScript } from './parseEngineScript';
import { PlaygroundError } from '../../core/errors';

describe('ScriptedEngine', () => {
  it('answers with the first rule whose pattern matches the last user message', async () => {
    const engine = new ScriptedEngine({ rules: [{ match: 'revise', reply: 'NO CHANGE' }, { reply: 'print(1)' }] });
    const a = await engine.chat({ messages: [{ role: 'user', content: 'please revise this' }] });
    const b = await engine.chat({ messages: [{ role: 'user', content: 'write code' }] });
    expect(a.text).toBe('NO CHANGE');
    expect(b.text).toBe('print(1)');
    expect(engine.requests).toHaveLength(2);
  });

  it('streams tokens that concatenate to the reply and carries log-probabilities when asked', async () => {
    const engine = new ScriptedEngine({ rules: [{ reply: 'x = foo(1)\n' }] });
    const streamed: string[] = [];
    const result = await engine.chat({
      messages: [{ role: 'user', content: 'q' }],
      topLogprobs: 1,
      onToken: (t) => streamed.push(t.text),
    });
    expect(streamed.join('')).toBe('x = foo(1)\n');
    expect(result.tokens.every((t) => typeof t.logprob === 'number' && t.logprob <= 0)).toBe(true);
    expect(result.finishReason).toBe('stop');
  });

  it('stops with finish reason abort when the signal fires mid-stream', async () => {
    const engine = new ScriptedEngine({ rules: [{ reply: 'a b c d e f g h' }], tokenDelayMs: 5 });
    const controller = new AbortController();
    const result = await engine.chat({
      messages: [{ role: 'user', content: 'q' }],
      signal: controller.signal,
      onToken: (t) => {
        if (t.text === 'c') controller.abort();
      },
    });
    expect(result.finishReason).toBe('abort');
    expect(result.text.startsWith('a b c')).toBe(true);
    expect(result.text).not.toContain('h');
  });

  it('tokenizes words, spaces and punctuation separately', () => {
    expect(tokenize('os.system(cmd)')).toEqual(['os', '.', 'system', '(', 'cmd', ')']);
  });

  it('fails every request with ENGINE_NO_SCRIPT when no script was given, instead of answering', async () => {
    const engine = new ScriptedEngine(parseEngineScript(undefined));
    const error = await engine.chat({ messages: [{ role: 'user', content: 'q' }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlaygroundError);
    expect((error as PlaygroundError).code).toBe('ENGINE_NO_SCRIPT');
    expect((error as PlaygroundError).message).toMatch(/^No script was given/);
  });

  it('keeps only the latest requests, so a long session does not hold every prompt', async () => {
    const engine = new ScriptedEngine({ rules: [{ reply: 'ok' }] });
    for (let i = 0; i < KEPT_REQUESTS + 5; i += 1)
      await engine.chat({ messages: [{ role: 'user', content: `request ${i}` }] });
    expect(engine.requests).toHaveLength(KEPT_REQUESTS);
    expect(engine.requests[0]?.messages[0]?.content).toBe('request 5');
    expect(engine.requests.at(-1)?.messages[0]?.content).toBe(`request ${KEPT_REQUESTS + 4}`);
  });
});
