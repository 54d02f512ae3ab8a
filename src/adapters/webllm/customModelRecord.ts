// Builds a WebLLM ModelRecord for a self-hosted model from what the user typed, with absolute URLs.
// WebLLM runs `new URL(model)` without a base, so a relative address would throw "Invalid URL".
import { PlaygroundError } from '../../core/errors';

export interface CustomModelInput {
  /** Folder of the weights; `resolve/main/` is appended by WebLLM unless the URL already has `/resolve/<x>/`. */
  modelUrl: string;
  /** The compiled WebGPU library (.wasm). */
  modelLibUrl: string;
  /** Optional id; derived from the folder name when empty. */
  id?: string;
  contextWindow?: number;
}

/** The subset of WebLLM's ModelRecord we send to the worker (plain data, structured-cloneable). */
export interface CustomModelRecord {
  model: string;
  model_id: string;
  model_lib: string;
  overrides?: { context_window_size: number };
}

function absolute(raw: string, origin: string, field: string): string {
  const text = raw.trim();
  if (!text) throw new PlaygroundError('BAD_INPUT', { message: `The ${field} is empty.`, hint: 'Enter an address.' });
  let url: URL;
  try {
    url = new URL(text, origin);
  } catch {
    throw new PlaygroundError('BAD_INPUT', { message: `The ${field} is not a valid address.`, detail: text });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PlaygroundError('BAD_INPUT', { message: `The ${field} must use http or https.`, detail: text });
  }
  return url.href;
}

export function customModelRecord(input: CustomModelInput, origin: string): CustomModelRecord {
  let model = absolute(input.modelUrl, origin, 'model URL');
  if (!model.endsWith('/')) model += '/';
  const modelLib = absolute(input.modelLibUrl, origin, 'model library URL');
  const folder = new URL(model).pathname
    .split('/')
    .filter((p) => p && p !== 'resolve' && p !== 'main')
    .pop();
  const id = input.id?.trim() || `custom:${folder ?? new URL(model).host}`;
  const record: CustomModelRecord = { model, model_id: id, model_lib: modelLib };
  if (input.contextWindow && input.contextWindow > 0) record.overrides = { context_window_size: input.contextWindow };
  return record;
}
