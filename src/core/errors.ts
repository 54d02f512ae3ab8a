// Error catalogue: stable codes with a message and a next step, so failures cross worker
// boundaries and land in traces as data rather than bare strings.
export const ERROR_CATALOGUE = {
  ABORTED: 'The run was cancelled.',
  STAGE_FAILED: 'A pipeline stage failed.',
  ENGINE_NOT_LOADED: 'No model is loaded, so nothing can be generated. Load a model, or paste code to check instead.',
  WEBGPU_UNAVAILABLE: 'WebGPU is not available in this browser.',
  WEBGPU_NOT_SECURE: 'WebGPU needs a secure context: open the playground over https:// or http://localhost.',
  WEBGPU_NO_ADAPTER: 'The browser exposes WebGPU but found no usable GPU adapter.',
  SHADER_F16_MISSING: 'This GPU lacks the shader-f16 feature that this model needs.',
  MODEL_OUT_OF_MEMORY: 'The GPU ran out of memory while loading or running the model.',
  MODEL_DOWNLOAD_FAILED: 'The model files could not be downloaded.',
  MODEL_NOT_FOUND: 'The model files were not found at the given address.',
  MODEL_STORAGE_FULL: 'The browser refused to store the model: storage quota exceeded.',
  MODEL_LOAD_FAILED: 'The model failed to load.',
  CONTEXT_TOO_LONG: "The prompt does not fit in the model's context window.",
  GENERATION_FAILED: 'The model failed while generating.',
  ENGINE_UNREACHABLE: 'The model server could not be reached.',
  ENGINE_UNAUTHORIZED: 'The model server refused the request: the API key is missing or wrong.',
  ENGINE_NOT_FOUND: 'The model server does not know this address or model.',
  ENGINE_SERVER_ERROR: 'The model server answered with an error.',
  ENGINE_BAD_RESPONSE: 'The model server sent a response that is not a valid chat-completion stream.',
  KB_NOT_LOADED: 'The knowledge base is not loaded yet.',
  KB_INVALID: 'The knowledge base file is invalid.',
  PARSE_FAILED: 'The code could not be parsed.',
  LANGUAGE_UNSUPPORTED: 'This language is not supported here.',
  BAD_INPUT: 'The input is not valid.',
  IMPORT_INVALID: 'The imported file is not valid.',
  TIMEOUT: 'The operation took too long and was stopped.',
  ENGINE_CORS_BLOCKED: 'The model server answered, but the browser blocked the reply (CORS).',
  MODEL_FOLDER_INCOMPLETE: 'The chosen folder is not a complete compiled MLC model.',
  ENGINE_REQUEST_REJECTED: 'The model server rejects the request as sent (HTTP 4xx).',
  ENGINE_NO_SCRIPT:
    'No script was given to the scripted test engine, so it has no answer: ?engine=scripted is a test double, not a model.',
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export interface ErrorRecord {
  code: ErrorCode;
  message: string;
  /** What the user can do next. */
  hint?: string;
  /** The underlying error text, for the curious. */
  detail?: string;
}

export class PlaygroundError extends Error {
  readonly code: ErrorCode;
  readonly hint?: string;
  readonly detail?: string;
  constructor(code: ErrorCode, options: { message?: string; hint?: string; detail?: string } = {}) {
    super(options.message ?? ERROR_CATALOGUE[code]);
    this.name = 'PlaygroundError';
    this.code = code;
    this.hint = options.hint;
    this.detail = options.detail;
  }

  toRecord(): ErrorRecord {
    const record: ErrorRecord = { code: this.code, message: this.message };
    if (this.hint) record.hint = this.hint;
    if (this.detail) record.detail = this.detail;
    return record;
  }
}

export function isAbortError(error: unknown): boolean {
  return (
    (error instanceof PlaygroundError && error.code === 'ABORTED') ||
    (typeof error === 'object' && error !== null && (error as { name?: string }).name === 'AbortError')
  );
}

/** Turns anything thrown into a serialisable record. */
export function toErrorRecord(error: unknown, fallback: ErrorCode = 'STAGE_FAILED'): ErrorRecord {
  if (error instanceof PlaygroundError) return error.toRecord();
  if (isAbortError(error)) return { code: 'ABORTED', message: ERROR_CATALOGUE.ABORTED };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: fallback, message: ERROR_CATALOGUE[fallback], detail };
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new PlaygroundError('ABORTED');
}
