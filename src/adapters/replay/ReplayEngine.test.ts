import { describe, expect, it } from 'vitest';
import { ReplayEngine } from './ReplayEngine';
import { fixtureTrace } from '../scripted/fixtureTrace';
import { recordedResponses } from '../../core/generation/recordedResponses';
import { stageOutput, type RunTrace } from '../../core/trace';
import { PlaygroundError } from '../../core/errors';

/** A fake clock: sleeping advances time instantly and records each wait. */
function fakeClock() {
  let t = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => t,
    sleep: async (ms: number) => {
      waits.push(ms);
      t += ms;
    },
  };
}

const ask = { messages: [{ role: 'user' as const, content: 'anything' }] };

function timedTrace(trace: RunTrace, msPerToken: number): RunTrace {
  const copy: RunTrace = JSON.parse(JSON.stringify(trace));
  const generation = stageOutput(copy, 'generation');
  generation?.tokens.forEach((token, i) => {
    token.at = (i + 1) * msPerToken;
  });
  return copy;
}

describe('ReplayEngine', () => {
  it('gives the recorded answers back in pipeline order, labelled as a replay', async () => {
    const trace = await fixtureTrace();
    expect(recordedResponses(trace).map((r) => r.purpose)).toEqual(['generation', 'revision', 'critique 1']);
    const engine = new ReplayEngine(trace, { speed: Infinity });
    expect(engine.kind).toBe('replay');
    expect(engine.label).toBe(`Replay of ${trace.runId}`);
    expect(engine.model()).toBe('scripted');
    const streamed: string[] = [];
    const first = await engine.chat({ ...ask, onToken: (t) => streamed.push(t.text) });
    expect(first.text).toBe(stageOutput(trace, 'generation')?.text);
    expect(streamed.join('')).toBe(first.text);
    expect(first.tokens).toEqual(stageOutput(trace, 'generation')?.tokens);
    expect((await engine.chat(ask)).text).toBe(stageOutput(trace, 'revision')?.response);
    expect((await engine.chat(ask)).text).toBe('NO ISSUES FOUND');
    await expect(engine.chat(ask)).rejects.toThrow(PlaygroundError);
  });

  it('paces tokens at the recorded times divided by the speed', async () => {
    const trace = timedTrace(await fixtureTrace(), 40);
    const count = stageOutput(trace, 'generation')?.tokens.length ?? 0;
    for (const speed of [1, 4]) {
      const clock = fakeClock();
      const engine = new ReplayEngine(trace, { speed, now: clock.now, sleep: clock.sleep });
      const result = await engine.chat(ask);
      expect(clock.waits).toHaveLength(count);
      expect(clock.waits.every((w) => Math.abs(w - 40 / speed) < 1e-9)).toBe(true);
      expect(clock.now()).toBeCloseTo((count * 40) / speed);
      expect(result.tokens).toHaveLength(count);
    }
  });

  it('paces untimed answers (revision, critique) at the generation rate', async () => {
    const trace = timedTrace(await fixtureTrace(), 10);
    const revision = recordedResponses(trace)[1];
    expect(revision?.purpose).toBe('revision');
    expect(revision?.tokens.map((t) => t.at)).toEqual(revision?.tokens.map((_, i) => (i + 1) * 10));
  });

  it('stops at an abort with the tokens played so far', async () => {
    const trace = timedTrace(await fixtureTrace(), 5);
    const controller = new AbortController();
    const engine = new ReplayEngine(trace);
    let seen = 0;
    const result = await engine.chat({
      ...ask,
      signal: controller.signal,
      onToken: () => {
        seen += 1;
        if (seen === 3) controller.abort();
      },
    });
    expect(result.finishReason).toBe('abort');
    expect(result.tokens).toHaveLength(3);
  });

  it('re-runs the pipeline from the recording: same code, revision and diff, engine marked replay', async () => {
    const original = await fixtureTrace();
    const replayed = await fixtureTrace({ engine: new ReplayEngine(original, { speed: Infinity }) });
    expect(replayed.engine).toEqual({ kind: 'replay', label: `Replay of ${original.runId}`, model: 'scripted' });
    expect(stageOutput(replayed, 'generation')?.code).toBe(stageOutput(original, 'generation')?.code);
    expect(stageOutput(replayed, 'generation')?.engine).toBe('replay');
    expect(stageOutput(replayed, 'revision')?.after).toBe(stageOutput(original, 'revision')?.after);
    expect(stageOutput(replayed, 'diff')?.patch).toBe(stageOutput(original, 'diff')?.patch);
  });
});
