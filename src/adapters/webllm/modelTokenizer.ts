// The loaded model's own tokenizer, so prompt budgets count real tokens: tokenizer.json (plus
// tokenizer_config.json when the model folder has one) from beside the weights, read through
// @huggingface/tokenizers. web-llm stores tokenizer.json in its Cache API store while loading, so
// reading the cache first costs no download. Runs in the WebLLM worker.
import { Tokenizer } from '@huggingface/tokenizers';

/** Reads a JSON file; undefined when it is missing or not JSON. */
export type ReadJson = (url: string) => Promise<unknown>;
export type CountTokens = (text: string) => number;

/** web-llm's cache store for model files (weights, configs, tokenizer). */
export const WEBLLM_MODEL_CACHE = 'webllm/model';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where a model record's files are, by web-llm's own rule: "resolve/main/" is added unless a resolve path is there. */
export function modelBaseUrl(model: string): string {
  let url = model.endsWith('/') ? model : `${model}/`;
  if (!/.+\/resolve\/.+\//.test(url)) url += 'resolve/main/';
  return new URL(url).href;
}

/** Null when the model ships no tokenizer.json (a SentencePiece-only model): budgets then use the estimate. */
export async function loadModelTokenizer(model: string, read: ReadJson): Promise<CountTokens | null> {
  const base = modelBaseUrl(model);
  const json = await read(new URL('tokenizer.json', base).href);
  if (!isObject(json)) return null;
  const config = await read(new URL('tokenizer_config.json', base).href);
  const tokenizer = new Tokenizer(json, isObject(config) ? config : {});
  // The chat template's role markers are not counted: a few tokens per message, inside the budget's margin.
  return (text) => tokenizer.encode(text, { add_special_tokens: false }).ids.length;
}

/** Cache first (where web-llm put the file), then the network; undefined on any failure. */
export async function readCachedJson(url: string): Promise<unknown> {
  try {
    const cached = typeof caches === 'undefined' ? undefined : await (await caches.open(WEBLLM_MODEL_CACHE)).match(url);
    const response = cached ?? (await fetch(url));
    return response.ok ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}
