import { describe, expect, it } from 'vitest';
import { mapEngineError } from './mapEngineError';

// Texts shaped like what WebWorkerMLCEngine posts (err.toString()) and what Chromium's DOMExceptions say.
const CASES: [string, string][] = [
  [
    'ShaderF16SupportError: This model requires WebGPU extension shader-f16, which is not enabled in this browser.',
    'SHADER_F16_MISSING',
  ],
  [
    'Error: Invalid ShaderModule "": error: extension \'f16\' is not allowed in the current environment',
    'SHADER_F16_MISSING',
  ],
  [
    'DeviceLostError: The WebGPU device was lost while loading the model. This issue often occurs due to running out of memory (OOM).',
    'MODEL_OUT_OF_MEMORY',
  ],
  [
    'WebGPUNotAvailableError: WebGPU is not supported in your current environment, but it is necessary to run the WebLLM engine.',
    'WEBGPU_UNAVAILABLE',
  ],
  ['WebGPUNotFoundError: Cannot find WebGPU in the environment', 'WEBGPU_UNAVAILABLE'],
  [
    'ModelNotFoundError: Cannot find model record in appConfig for Foo-q4f32_1-MLC. Please check if the model ID is correct.',
    'MODEL_NOT_FOUND',
  ],
  [
    'MissingModelError: Missing `model_lib` for the model with ID "custom". Please ensure that `model_lib` is provided.',
    'MODEL_NOT_FOUND',
  ],
  [
    'ContextWindowSizeExceededError: Prompt tokens exceed context window size: number of prompt tokens: 5000; context window size: 4096',
    'CONTEXT_TOO_LONG',
  ],
  ["TypeError: Failed to execute 'add' on 'Cache': Request failed", 'MODEL_NOT_FOUND'],
  ['NetworkError: Cache.add() encountered a network error', 'MODEL_DOWNLOAD_FAILED'],
  ['TypeError: Failed to fetch', 'MODEL_DOWNLOAD_FAILED'],
  ['QuotaExceededError: The quota has been exceeded.', 'MODEL_STORAGE_FULL'],
  ['SyntaxError: Unexpected token \'<\', "<!doctype "... is not valid JSON', 'MODEL_NOT_FOUND'],
  ["TypeError: Failed to construct 'URL': Invalid URL", 'MODEL_NOT_FOUND'],
  ['IntegrityError: Integrity verification failed for https://example.org/x.wasm', 'MODEL_DOWNLOAD_FAILED'],
  ['WorkerEngineModelNotLoadedError: ChatCompletion is called before the model is loaded.', 'ENGINE_NOT_LOADED'],
  ['CompileError: WebAssembly.instantiate(): expected magic word 00 61 73 6d, found 3c 21 64 6f', 'MODEL_LOAD_FAILED'],
  ['AbortError: The user aborted a request.', 'ABORTED'],
];

describe('mapEngineError', () => {
  it.each(CASES)('maps %s', (text, code) => {
    const record = mapEngineError(text);
    expect(record.code).toBe(code);
    expect(record.message.length).toBeGreaterThan(10);
    expect(record.hint?.length ?? 0).toBeGreaterThan(5);
    expect(record.detail).toBe(text);
  });

  it('suggests the f32 variant for missing f16 and a smaller model for OOM', () => {
    expect(mapEngineError(CASES[0]![0]).hint).toMatch(/q4f32_1/);
    expect(mapEngineError(CASES[2]![0]).hint).toMatch(/smaller model/);
  });

  it('says an HTML answer means a wrong URL, not a broken model', () => {
    expect(mapEngineError(CASES[12]![0]).message).toMatch(/web page instead/);
  });

  it('falls back by phase for unknown texts', () => {
    expect(mapEngineError('Error: something odd').code).toBe('MODEL_LOAD_FAILED');
    expect(mapEngineError('Error: something odd', 'generate').code).toBe('GENERATION_FAILED');
    expect(mapEngineError('').detail).toBeUndefined();
  });
});
