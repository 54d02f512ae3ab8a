import { describe, expect, it } from 'vitest';
import { ScriptedEngine } from '../../adapters/scripted/ScriptedEngine';
import { withSampling } from './withSampling';

const request = { messages: [{ role: 'user' as const, content: 'hi' }], temperature: 0, maxTokens: 8 };

describe('withSampling', () => {
  it('sets eval --temperature and --seed on every request and keeps the rest', async () => {
    const inner = new ScriptedEngine({ rules: [{ reply: 'ok' }] });
    const engine = withSampling(inner, { temperature: 0.7, seed: 42 });
    const result = await engine.chat(request);
    expect(result.text).toBe('ok');
    expect(inner.requests[0]).toMatchObject({ temperature: 0.7, seed: 42, maxTokens: 8 });
    expect(engine.model()).toBe('scripted');
    expect(engine.kind).toBe('scripted');
    expect(await engine.countTokens!('a b c')).toBe(await inner.countTokens('a b c'));
  });

  it('leaves the stage temperature alone and sends no seed when neither is given', async () => {
    const inner = new ScriptedEngine({ rules: [{ reply: 'ok' }] });
    expect(withSampling(inner, {})).toBe(inner);
    await withSampling(inner, { seed: 7 }).chat(request);
    expect(inner.requests[0]).toMatchObject({ temperature: 0, seed: 7 });
  });
});
