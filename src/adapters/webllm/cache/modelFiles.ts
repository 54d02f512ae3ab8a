// Which files a WebLLM model record puts in the browser cache, under the exact URLs web-llm 0.2.86 uses as keys
// (its cleanModelUrl rule is modelBaseUrl), so files we fetch are the ones its own load then finds.
import { modelBaseUrl } from '../modelTokenizer';
import type { ExpectedFile } from './judgeCachedFile';

/** The part of a web-llm ModelRecord this needs. */
export interface ModelSource {
  model: string;
  model_lib: string;
  integrity?: { config?: string; tokenizer?: Record<string, string> };
}

export interface ModelFiles {
  base: string;
  config: ExpectedFile & { integrity?: string };
  manifest: ExpectedFile;
  tokenizers: (ExpectedFile & { integrity?: string })[];
  /** null when web-llm never caches the library (a relative or localhost URL is fetched fresh each load). */
  wasm: ExpectedFile | null;
}

export function modelFiles(source: ModelSource): ModelFiles {
  const base = modelBaseUrl(source.model);
  const at = (name: string) => new URL(name, base).href;
  const tokenizerSri = source.integrity?.tokenizer ?? {};
  const cachesWasm = source.model_lib.startsWith('http') && !source.model_lib.includes('localhost');
  return {
    base,
    config: {
      scope: 'webllm/config',
      url: at('mlc-chat-config.json'),
      kind: 'json',
      integrity: source.integrity?.config,
    },
    manifest: { scope: 'webllm/model', url: at('tensor-cache.json'), kind: 'json' },
    tokenizers: [
      { scope: 'webllm/model', url: at('tokenizer.json'), kind: 'json', integrity: tokenizerSri['tokenizer.json'] },
      { scope: 'webllm/model', url: at('tokenizer.model'), kind: 'binary', integrity: tokenizerSri['tokenizer.model'] },
    ],
    wasm: cachesWasm ? { scope: 'webllm/wasm', url: source.model_lib, kind: 'wasm' } : null,
  };
}

/** The weight shards a tensor-cache.json lists, each with its exact size; throws on a manifest of another shape. */
export function shardFiles(base: string, manifest: unknown): ExpectedFile[] {
  const records = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'records') : undefined;
  if (!Array.isArray(records))
    throw new Error('tensor-cache.json has no "records" list (is not valid JSON for a model)');
  return records.map((record: unknown, i) => {
    const dataPath = typeof record === 'object' && record !== null ? Reflect.get(record, 'dataPath') : undefined;
    const nbytes = typeof record === 'object' && record !== null ? Reflect.get(record, 'nbytes') : undefined;
    if (typeof dataPath !== 'string' || typeof nbytes !== 'number' || !Number.isInteger(nbytes) || nbytes < 0)
      throw new Error(`tensor-cache.json record ${i} lacks a dataPath or a byte size`);
    return { scope: 'webllm/model', url: new URL(dataPath, base).href, kind: 'binary', nbytes };
  });
}
