import { describe, expect, it } from 'vitest';
import { defineStage, type StageContext } from './defineStage';
import { PIPELINE, STAGE_NAMES } from '../pipeline';
import type { PipelinePorts } from '../PipelinePorts';
import { DEFAULT_RUN_CONFIG } from '../trace';

const ctx: StageContext = {
  task: { id: 't', language: 'python', kind: 'nl', prompt: 'p' },
  config: DEFAULT_RUN_CONFIG,
  engine: null,
  signal: new AbortController().signal,
};
const ports = {} as PipelinePorts;

const a = defineStage({ name: 'a', needs: [], run: async () => 1 });
const b = defineStage({ name: 'b', needs: [], run: async () => 'b' });
// Types carry the declarations into run(): reading an undeclared stage does not compile.
// @ts-expect-error 'b' is neither needed nor used by this stage.
defineStage({ name: 'x', needs: [a], run: async (inputs) => inputs.b });
const seen: unknown[] = [];
const d = defineStage({
  name: 'd',
  needs: [a],
  uses: [b],
  run: async (inputs) => {
    seen.push(inputs);
    return inputs.a + (inputs.b?.length ?? 0);
  },
});

describe('defineStage', () => {
  it('names the first missing need, and none when only a used stage is missing', () => {
    expect(d.missing(new Map())).toBe('a');
    expect(d.missing(new Map([['a', 1]]))).toBeNull();
    expect(d.needs).toEqual(['a']);
    expect(d.uses).toEqual(['b']);
  });

  it('passes run() exactly the declared outputs that exist, and returns an ok entry', async () => {
    seen.length = 0;
    const done = new Map<string, unknown>([
      ['a', 2],
      ['c', true],
    ]);
    expect(await d.execute(done, ctx, ports, () => 7)).toEqual({ stage: 'd', status: 'ok', ms: 7, output: 2 });
    done.set('b', 'bb');
    expect((await d.execute(done, ctx, ports, () => 1)).output).toBe(4);
    expect(seen).toEqual([{ a: 2 }, { a: 2, b: 'bb' }]);
  });

  it('refuses to run without a needed output, with a stable code', async () => {
    await expect(d.execute(new Map(), ctx, ports, () => 0)).rejects.toMatchObject({ code: 'STAGE_FAILED' });
  });
});

describe('PIPELINE', () => {
  it('lists each stage once, after every stage it needs or uses', () => {
    expect(new Set(STAGE_NAMES).size).toBe(PIPELINE.length);
    PIPELINE.forEach((stage, index) => {
      const earlier = STAGE_NAMES.slice(0, index);
      for (const name of [...stage.needs, ...stage.uses])
        expect(earlier, `${stage.name} after ${name}`).toContain(name);
    });
  });

  it('declares what each stage reads: diff and critique read revision, diff reads critique and analysis', () => {
    const reads = Object.fromEntries(PIPELINE.map((s) => [s.name, [...s.needs, ...s.uses].sort()]));
    expect(reads.critique).toEqual(['analysis', 'generation', 'revision']);
    expect(reads.diff).toEqual(['analysis', 'critique', 'generation', 'revision']);
  });
});
