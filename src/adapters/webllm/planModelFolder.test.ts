import { describe, expect, it } from 'vitest';
import { DISK_MODEL_ORIGIN, planModelFolder, type FolderFile } from './planModelFolder';
import { PlaygroundError } from '../../core/errors';
import { modelFiles, shardFiles } from './cache/modelFiles';

const json = (value: unknown) => new Blob([JSON.stringify(value)]);

function folder(overrides: Record<string, Blob | null> = {}): FolderFile[] {
  const files: Record<string, Blob | null> = {
    'mlc-chat-config.json': json({ tokenizer_files: ['tokenizer.json', 'tokenizer_config.json'] }),
    'tensor-cache.json': json({
      records: [
        { dataPath: 'params_shard_0.bin', nbytes: 10, records: [] },
        { dataPath: 'params_shard_1.bin', nbytes: 4, records: [] },
      ],
    }),
    'params_shard_0.bin': new Blob([new Uint8Array(10)]),
    'params_shard_1.bin': new Blob([new Uint8Array(4)]),
    'tokenizer.json': json({ model: {} }),
    'tokenizer_config.json': json({}),
    'Tiny-q4f32_1-webgpu.wasm': new Blob([new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0])]),
    'README.md': new Blob(['notes']),
    ...overrides,
  };
  return Object.entries(files)
    .filter((e): e is [string, Blob] => e[1] !== null)
    .map(([path, file]) => ({ path, file }));
}

async function refusal(files: FolderFile[]): Promise<PlaygroundError> {
  const error = await planModelFolder('Tiny', files).catch((e: unknown) => e);
  if (!(error instanceof PlaygroundError)) throw new Error(`expected a refusal, got ${String(error)}`);
  expect(error.code).toBe('MODEL_FOLDER_INCOMPLETE');
  return error;
}

describe('planModelFolder', () => {
  it("puts every file under the URL web-llm's loader reads for a disk: model, and nothing else", async () => {
    const plan = await planModelFolder('Tiny', folder());
    expect(plan.record).toEqual({
      model: `${DISK_MODEL_ORIGIN}/Tiny/`,
      model_id: 'disk:Tiny',
      model_lib: `${DISK_MODEL_ORIGIN}/Tiny/Tiny-q4f32_1-webgpu.wasm`,
    });
    // The same URLs the download and inspection code derive from the record (web-llm's cleanModelUrl rule).
    const expected = modelFiles(plan.record);
    const urls = plan.entries.map((e) => `${e.scope} ${e.url}`);
    expect(urls).toContain(`${expected.config.scope} ${expected.config.url}`);
    expect(urls).toContain(`${expected.manifest.scope} ${expected.manifest.url}`);
    expect(urls).toContain(`webllm/model ${expected.tokenizers[0]!.url}`);
    expect(urls).toContain(`webllm/wasm ${expected.wasm!.url}`);
    for (const shard of shardFiles(expected.base, { records: [{ dataPath: 'params_shard_1.bin', nbytes: 4 }] }))
      expect(urls).toContain(`webllm/model ${shard.url}`);
    expect(urls.some((u) => u.includes('README'))).toBe(false);
    expect(plan.entries).toHaveLength(7);
    expect(plan.totalBytes).toBe(plan.entries.reduce((s, e) => s + e.file.size, 0));
  });

  it('accepts the older ndarray-cache.json and stores it as tensor-cache.json', async () => {
    const files = folder().map((f) => (f.path === 'tensor-cache.json' ? { ...f, path: 'ndarray-cache.json' } : f));
    const plan = await planModelFolder('Tiny', files);
    expect(plan.entries.some((e) => e.url.endsWith('/resolve/main/tensor-cache.json'))).toBe(true);
  });

  it('refuses an incomplete folder, naming every missing file', async () => {
    const error = await refusal(folder({ 'tokenizer.json': null, 'params_shard_1.bin': null }));
    expect(error.message).toContain('"Tiny" is not a complete compiled MLC model');
    expect(error.message).toContain('params_shard_1.bin');
    expect(error.message).toContain('tokenizer.json');
    const bare = await refusal([{ path: 'params_shard_0.bin', file: new Blob(['x']) }]);
    expect(bare.message).toMatch(/mlc-chat-config\.json.*tensor-cache\.json.*\.wasm/);
  });

  it('refuses a shard of the wrong size, a broken index and two libraries', async () => {
    expect((await refusal(folder({ 'params_shard_0.bin': new Blob(['short']) }))).message).toContain(
      'params_shard_0.bin is 5 bytes where tensor-cache.json lists 10',
    );
    expect((await refusal(folder({ 'tensor-cache.json': new Blob(['{oops']) }))).message).toContain('not valid JSON');
    expect((await refusal(folder({ 'other-webgpu.wasm': new Blob(['x']) }))).message).toContain('several .wasm');
  });
});
