// Maps WebLLM error text (it crosses the worker boundary as "<ClassName>: message") to an ErrorRecord with a next step.
import { ERROR_CATALOGUE, type ErrorCode, type ErrorRecord } from '../../core/errors';

interface Rule {
  test: RegExp;
  code: ErrorCode;
  message?: string;
  hint: string;
}

/** WebGPU lost its device (web-llm then unloads the model): usually out of GPU memory, sometimes a driver reset. */
export const DEVICE_LOST = /DeviceLostError|device (was )?lost/i;

// Order matters: the most specific causes first, since e.g. a DeviceLostError text also mentions "model".
const RULES: Rule[] = [
  {
    test: /^\s*(AbortError|PlaygroundError: The run was cancelled)/,
    code: 'ABORTED',
    hint: 'Start it again when ready.',
  },
  {
    test: /ShaderF16SupportError|shader-f16|extension 'f16' is not allowed|\bf16\b.*not (allowed|supported|enabled)/i,
    code: 'SHADER_F16_MISSING',
    hint: 'Pick the q4f32_1 variant of the same model; it needs no f16 support.',
  },
  {
    test: DEVICE_LOST,
    code: 'MODEL_OUT_OF_MEMORY',
    message: 'The GPU device was lost (usually out of GPU memory), so the model was unloaded.',
    hint: 'Load the model again from the model picker (the page can stay as it is), or pick a smaller model; close other GPU-heavy tabs.',
  },
  {
    test: /out of memory|\bOOM\b|Failed to allocate|allocation failed|Cannot allocate/i,
    code: 'MODEL_OUT_OF_MEMORY',
    hint: 'Pick a smaller model (e.g. Qwen2.5-Coder 0.5B), close other GPU-heavy tabs, then load it again.',
  },
  {
    test: /WebGPUNotAvailableError|WebGPUNotFoundError|Cannot find WebGPU|navigator\.gpu|No (WebGPU|GPU) adapter|requestAdapter/i,
    code: 'WEBGPU_UNAVAILABLE',
    hint: 'Use a browser with WebGPU (recent Chrome or Edge), enable it in the browser flags, and open the page over https or localhost.',
  },
  {
    test: /QuotaExceededError|quota (has been )?exceeded|storage quota/i,
    code: 'MODEL_STORAGE_FULL',
    hint: 'Free disk space or delete other cached models; private windows have a much smaller quota.',
  },
  {
    test: /ContextWindowSizeExceededError|exceed context window/i,
    code: 'CONTEXT_TOO_LONG',
    hint: 'Lower the prompt token budget or retrieve fewer examples.',
  },
  {
    test: /Unexpected token '<'|<!DOCTYPE|is not valid JSON|a web page, not the model file|: not JSON\b/i,
    code: 'MODEL_NOT_FOUND',
    message: 'The model address returned a web page instead of the model files.',
    hint: 'Check the model URL: it must point at a folder holding mlc-chat-config.json (under resolve/main/). Nothing from that address was kept in the cache.',
  },
  {
    test: /Invalid URL/i,
    code: 'MODEL_NOT_FOUND',
    message: 'The model address is not a valid URL.',
    hint: 'Give a full address such as http://localhost:4173/models/my-model/.',
  },
  {
    test: /MissingModelError|MissingModelWasmError|Missing `model_lib`/i,
    code: 'MODEL_NOT_FOUND',
    message: 'The model has no compiled library (model_lib) address.',
    hint: "Give the URL of the model's WebGPU .wasm library.",
  },
  {
    test: /ModelNotFoundError|SpecifiedModelNotFoundError|UnsupportedModelIdError|Cannot find model record/i,
    code: 'MODEL_NOT_FOUND',
    message: 'This model id is not in the model list.',
    hint: 'Pick a model from the list, or enter its URLs under "Custom model".',
  },
  {
    test: /Failed to execute 'add' on 'Cache'.*Request failed|status (404|403|410)|\b404\b|Cannot fetch|failed to load wasm binary/i,
    code: 'MODEL_NOT_FOUND',
    hint: 'Check the model and model_lib URLs (open them in a new tab).',
  },
  {
    test: /Cache\.add\(\) encountered a network error|NetworkError|network error|Failed to fetch|ERR_NETWORK|ERR_INTERNET|ERR_CONNECTION|IntegrityError|Failed to store/i,
    code: 'MODEL_DOWNLOAD_FAILED',
    hint: 'Check the connection and press Load again; shards already downloaded are kept.',
  },
  {
    test: /ModelNotLoadedError|WorkerEngineModelNotLoadedError|EngineNotLoadedError/,
    code: 'ENGINE_NOT_LOADED',
    hint: 'Load a model first.',
  },
  {
    test: /CompileError|LinkError|WebAssembly|Cannot find required VM function|tensor-cache|ndarray-cache/i,
    code: 'MODEL_LOAD_FAILED',
    message: 'The model library does not match the weights or this version of WebLLM.',
    hint: 'Use a model_lib compiled for WebLLM 0.2.86 together with weights from the same build.',
  },
];

/** `during` picks the fallback code: a load failure or a generation failure. */
export function mapEngineError(text: string, during: 'load' | 'generate' = 'load'): ErrorRecord {
  const detail = text.trim();
  const rule = RULES.find((r) => r.test.test(detail));
  if (rule) {
    const record: ErrorRecord = {
      code: rule.code,
      message: rule.message ?? ERROR_CATALOGUE[rule.code],
      hint: rule.hint,
    };
    if (detail) record.detail = detail;
    return record;
  }
  const code: ErrorCode = during === 'load' ? 'MODEL_LOAD_FAILED' : 'GENERATION_FAILED';
  const record: ErrorRecord = {
    code,
    message: ERROR_CATALOGUE[code],
    hint: 'Try again; if it keeps failing, reload the page or pick a smaller model.',
  };
  if (detail) record.detail = detail;
  return record;
}
