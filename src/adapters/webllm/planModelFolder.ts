// Plans putting a compiled MLC model folder from disk into web-llm's Cache API stores: which file goes under
// which URL, so web-llm's own loader finds every file cached and fetches nothing. A folder that lacks a file
// the loader needs is refused before anything is stored, naming what is missing.
import { PlaygroundError } from '../../core/errors';
import type { CacheScope } from './cache/ModelCachePort';
import { shardFiles } from './cache/modelFiles';
import type { CustomModelRecord } from './customModelRecord';
import { modelBaseUrl } from './modelTokenizer';
import { DISK_MODEL_ORIGIN } from './diskModelRecords';

export { DISK_MODEL_ORIGIN };

/** One file of the chosen folder; `path` is relative to the folder ("params_shard_0.bin"). */
export interface FolderFile {
  path: string;
  file: Blob;
}

export interface PlannedEntry {
  scope: CacheScope;
  url: string;
  file: Blob;
  contentType: string;
}

export interface FolderPlan {
  modelId: string;
  record: CustomModelRecord;
  entries: PlannedEntry[];
  totalBytes: number;
}

/** The manifest web-llm 0.2.86 reads is tensor-cache.json; MLC builds before it wrote the same file as ndarray-cache.json. */
const MANIFEST_NAMES = ['tensor-cache.json', 'ndarray-cache.json'];

async function readJson(file: Blob | undefined, name: string, problems: string[]): Promise<unknown> {
  if (!file) return undefined;
  try {
    return JSON.parse(await file.text());
  } catch {
    problems.push(`${name} is not valid JSON`);
    return undefined;
  }
}

function tokenizerFiles(config: unknown): string[] | null {
  const list = typeof config === 'object' && config !== null ? Reflect.get(config, 'tokenizer_files') : undefined;
  return Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string') : null;
}

function pickLibrary(paths: string[], missing: string[], problems: string[]): string | null {
  const libraries = paths.filter((p) => p.toLowerCase().endsWith('.wasm'));
  const preferred = libraries.length > 1 ? libraries.filter((p) => /webgpu/i.test(p)) : libraries;
  if (libraries.length === 0) missing.push("the model's compiled WebGPU library (a .wasm file)");
  else if (preferred.length !== 1)
    problems.push(`several .wasm libraries (${libraries.join(', ')}): keep only this model's`);
  return preferred.length === 1 ? preferred[0]! : null;
}

export async function planModelFolder(folderName: string, files: FolderFile[]): Promise<FolderPlan> {
  const name = folderName.trim() || 'model';
  const byPath = new Map(files.map((f) => [f.path.replace(/^\.?\/+/, ''), f.file]));
  const missing: string[] = [];
  const problems: string[] = [];
  const model = `${DISK_MODEL_ORIGIN}/${encodeURIComponent(name)}/`;
  const base = modelBaseUrl(model);
  const entries: PlannedEntry[] = [];
  const add = (scope: CacheScope, path: string, url: string, contentType: string) => {
    const file = byPath.get(path);
    if (file) entries.push({ scope, url, file, contentType });
  };

  const config = await readJson(byPath.get('mlc-chat-config.json'), 'mlc-chat-config.json', problems);
  if (!byPath.has('mlc-chat-config.json')) missing.push('mlc-chat-config.json');
  add('webllm/config', 'mlc-chat-config.json', `${base}mlc-chat-config.json`, 'application/json');

  const manifestName = MANIFEST_NAMES.find((n) => byPath.has(n));
  if (!manifestName) missing.push('tensor-cache.json (or ndarray-cache.json)');
  else {
    const manifest = await readJson(byPath.get(manifestName), manifestName, problems);
    add('webllm/model', manifestName, `${base}tensor-cache.json`, 'application/json');
    try {
      for (const shard of manifest === undefined ? [] : shardFiles(base, manifest)) {
        const path = decodeURIComponent(shard.url.slice(base.length));
        const file = byPath.get(path);
        if (!file) missing.push(path);
        else if (file.size !== shard.nbytes)
          problems.push(`${path} is ${file.size} bytes where ${manifestName} lists ${shard.nbytes}`);
        else add('webllm/model', path, shard.url, 'application/octet-stream');
      }
    } catch (error) {
      problems.push(error instanceof Error ? error.message.replace('tensor-cache.json', manifestName) : String(error));
    }
  }

  const tokenizers = config === undefined ? [] : tokenizerFiles(config);
  if (tokenizers === null) problems.push('mlc-chat-config.json lists no tokenizer_files');
  else if (config !== undefined) {
    // web-llm reads tokenizer.json when the config lists it, else tokenizer.model.
    const needed = tokenizers.includes('tokenizer.json') ? 'tokenizer.json' : 'tokenizer.model';
    if (!byPath.has(needed)) missing.push(needed);
    for (const t of new Set([...tokenizers, 'tokenizer_config.json']))
      add('webllm/model', t, `${base}${t}`, t.endsWith('.json') ? 'application/json' : 'application/octet-stream');
  }

  const library = pickLibrary([...byPath.keys()], missing, problems);
  const modelLib = `${DISK_MODEL_ORIGIN}/${encodeURIComponent(name)}/${encodeURIComponent(library ?? 'model.wasm')}`;
  if (library) add('webllm/wasm', library, modelLib, 'application/wasm');

  if (missing.length > 0 || problems.length > 0) {
    throw new PlaygroundError('MODEL_FOLDER_INCOMPLETE', {
      message:
        `The folder "${name}" is not a complete compiled MLC model` +
        (missing.length > 0 ? `: it lacks ${missing.join(', ')}.` : `: ${problems[0]}.`),
      hint: 'Choose the folder MLC LLM wrote (mlc-chat-config.json, tensor-cache.json, tokenizer and params_shard_*.bin files) with the .wasm library compiled for it copied inside.',
      detail: problems.length > 0 ? problems.join('; ') : undefined,
    });
  }
  const record: CustomModelRecord = { model, model_id: `disk:${name}`, model_lib: modelLib };
  return { modelId: record.model_id, record, entries, totalBytes: entries.reduce((s, e) => s + e.file.size, 0) };
}
