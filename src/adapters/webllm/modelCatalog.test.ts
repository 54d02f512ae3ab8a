import { describe, expect, it } from 'vitest';
import {
  MODEL_CATALOG,
  defaultModelId,
  f32Twin,
  findCatalogModel,
  modelsForDevice,
  needsShaderF16,
  resolveForDevice,
  smallerModel,
} from './modelCatalog';

describe('modelCatalog', () => {
  it('treats every q<n>f16 id as needing shader-f16, and f32 ids as not', () => {
    expect(needsShaderF16('Qwen2.5-Coder-1.5B-Instruct-q4f16_1-MLC')).toBe(true);
    expect(needsShaderF16('Qwen2.5-Coder-0.5B-Instruct-q0f16-MLC')).toBe(true);
    expect(needsShaderF16('Llama-3.2-1B-Instruct-q4f32_1-MLC')).toBe(false);
  });

  it('without f16 offers only q4f32_1 twins, and each is in the catalog', () => {
    const offered = modelsForDevice({ f16: false });
    expect(offered.length).toBeGreaterThan(4);
    for (const m of offered) {
      expect(m.id).toMatch(/q4f32_1/);
      expect(m.id).not.toMatch(/q\d+f16/);
    }
    for (const m of MODEL_CATALOG.filter((c) => needsShaderF16(c.id))) {
      expect(offered.map((o) => o.id)).toContain(f32Twin(m.id));
    }
  });

  it('with f16 offers both variants, coder models first, Qwen2.5-Coder ordered by size', () => {
    const offered = modelsForDevice({ f16: true });
    expect(offered).toHaveLength(MODEL_CATALOG.length);
    const firstGeneral = offered.findIndex((m) => m.group === 'general');
    expect(offered.slice(0, firstGeneral).every((m) => m.group === 'coder')).toBe(true);
    expect(offered.slice(firstGeneral).every((m) => m.group === 'general')).toBe(true);
    const coderFamilies = [...new Set(offered.filter((m) => m.group === 'coder').map((m) => m.family))];
    expect(coderFamilies).toEqual(['Qwen2.5-Coder 0.5B', 'Qwen2.5-Coder 1.5B', 'Qwen2.5-Coder 3B', 'Qwen2.5-Coder 7B']);
  });

  it('defaults to Qwen2.5-Coder 1.5B in a quantisation the device supports', () => {
    expect(defaultModelId({ f16: true })).toBe('Qwen2.5-Coder-1.5B-Instruct-q4f16_1-MLC');
    expect(defaultModelId({ f16: false })).toBe('Qwen2.5-Coder-1.5B-Instruct-q4f32_1-MLC');
    expect(defaultModelId({ f16: false }, [])).toBeNull();
  });

  it('swaps an f16 request for its f32 twin only when the device lacks f16', () => {
    const id = 'Qwen2.5-Coder-3B-Instruct-q4f16_1-MLC';
    expect(resolveForDevice(id, { f16: false })).toBe('Qwen2.5-Coder-3B-Instruct-q4f32_1-MLC');
    expect(resolveForDevice(id, { f16: true })).toBe(id);
  });

  it('carries memory and download numbers for every model', () => {
    for (const m of MODEL_CATALOG) {
      expect(m.vramMB).toBeGreaterThan(500);
      expect(m.downloadMB).toBeGreaterThan(100);
      expect(m.downloadMB).toBeLessThan(m.vramMB);
    }
    expect(findCatalogModel('Qwen2.5-Coder-7B-Instruct-q4f32_1-MLC')?.vramMB).toBe(5900);
  });

  it('suggests one step down in GPU memory after an out-of-memory, within the group and the device offer', () => {
    const offered = modelsForDevice({ f16: false });
    expect(smallerModel('Qwen2.5-Coder-7B-Instruct-q4f32_1-MLC', offered)?.id).toBe(
      'Qwen2.5-Coder-3B-Instruct-q4f32_1-MLC',
    );
    expect(smallerModel('Qwen2.5-Coder-1.5B-Instruct-q4f32_1-MLC', offered)?.id).toBe(
      'Qwen2.5-Coder-0.5B-Instruct-q4f32_1-MLC',
    );
    expect(smallerModel('Qwen2.5-Coder-0.5B-Instruct-q4f32_1-MLC', offered)).toBeUndefined();
    const small = smallerModel('Qwen3-4B-q4f32_1-MLC', offered);
    expect(small?.group).toBe('general');
    expect(small?.vramMB).toBeLessThan(findCatalogModel('Qwen3-4B-q4f32_1-MLC')?.vramMB ?? 0);
    expect(smallerModel('custom:mine', offered)?.id).toBe('Qwen2.5-Coder-0.5B-Instruct-q4f32_1-MLC');
  });
});
