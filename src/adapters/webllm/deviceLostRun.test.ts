// A GPU device lost in the middle of a run: the run ends with a clear error in its trace, not a hang or a blank.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../core/pipeline';
import { createStages } from '../../core/createStages';
import type { PipelinePorts } from '../../core/PipelinePorts';
import { stageEntry } from '../../core/trace';
import { WebLlmEngine } from './WebLlmEngine';
import type { WebLlmWorkerApi } from './WebLlmWorkerApi';

const ports: PipelinePorts = {
  deriveFacets: async (t) => ({
    language: t.language,
    text: t.prompt,
    apis: [],
    identifiers: [],
    operations: [],
    markers: [],
    apiSource: 'pattern',
    draft: { enabled: false },
    causeAnalysis: { enabled: false },
  }),
  retrieve: async () => ({
    outcome: 'none',
    settings: { k: 4, alpha: 60, rankCap: 10, thresholds: {} },
    chosen: [],
    kbVersion: 'test',
    cwes: [],
  }),
  analyze: async (_code, language) => ({ language, analyzer: 'fake', parsed: true, suppressed: [], findings: [] }),
  advisor: { advise: async () => [], texts: async () => [] },
};

const api: WebLlmWorkerApi = {
  load: async () => ({ status: 'ready', modelId: 'M-q4f32_1-MLC', gpuVendor: 'google', tokenizer: false }),
  unload: async () => undefined,
  chat: async (_request, onToken) => {
    onToken({ text: 'import ' });
    return {
      ok: false,
      error: 'DeviceLostError: The WebGPU device was lost. Detailed error: [object GPUDeviceLostInfo]',
    };
  },
  interrupt: async () => undefined,
  countTokens: async () => null,
  hasInCache: async () => true,
  deleteFromCache: async () => ({ ok: true, value: null }),
  prefetch: async () => ({ ok: true, value: null }),
  cancelPrefetch: async () => undefined,
};

describe('a device lost during a run', () => {
  it('ends the run with the device-lost record on the generation stage and unloads the engine', async () => {
    const engine = new WebLlmEngine(api);
    let lost = 0;
    engine.onLost(() => lost++);
    await engine.load('M-q4f32_1-MLC', null, () => undefined);
    const task = {
      id: 't',
      language: 'python' as const,
      kind: 'nl' as const,
      prompt: 'Ping a host given by the user.',
    };
    const trace = await runPipeline({ task, engine }, createStages(ports));
    expect(trace.status).toBe('error');
    const generation = stageEntry(trace, 'generation');
    expect(generation).toMatchObject({
      status: 'error',
      error: { code: 'MODEL_OUT_OF_MEMORY', message: expect.stringMatching(/GPU device was lost/) },
    });
    if (generation?.status !== 'error') throw new Error('expected an error entry');
    expect(generation.error.hint).toMatch(/Load the model again/);
    expect(generation.error.detail).toMatch(/^DeviceLostError/);
    expect(engine.model()).toBeNull();
    expect(lost).toBe(1);
  });
});
