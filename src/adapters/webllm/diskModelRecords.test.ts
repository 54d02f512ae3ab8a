import { describe, expect, it } from 'vitest';
import { DISK_MODEL_ORIGIN, DISK_MODELS_KEY, readDiskModels, writeDiskModels } from './diskModelRecords';

function memory(initial?: string) {
  const data = new Map<string, string>(initial === undefined ? [] : [[DISK_MODELS_KEY, initial]]);
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

const tiny = {
  model: `${DISK_MODEL_ORIGIN}/Tiny/`,
  model_id: 'disk:Tiny',
  model_lib: `${DISK_MODEL_ORIGIN}/Tiny/tiny-webgpu.wasm`,
};

describe('diskModelRecords', () => {
  it('round-trips the records', () => {
    const storage = memory();
    writeDiskModels(storage, [tiny]);
    expect(readDiskModels(storage)).toEqual([tiny]);
  });

  it('drops malformed entries and records that point anywhere but the disk-model host', () => {
    const foreign = { ...tiny, model: 'https://example.org/evil/' };
    expect(readDiskModels(memory(JSON.stringify([tiny, foreign, 3, null])))).toEqual([tiny]);
    expect(readDiskModels(memory('{not json'))).toEqual([]);
    expect(readDiskModels(memory('{}'))).toEqual([]);
    expect(readDiskModels(undefined)).toEqual([]);
  });
});
