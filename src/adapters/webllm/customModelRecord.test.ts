import { describe, expect, it } from 'vitest';
import { customModelRecord } from './customModelRecord';
import { PlaygroundError } from '../../core/errors';

const ORIGIN = 'http://localhost:4173';

describe('customModelRecord', () => {
  it('makes relative addresses absolute from the origin and adds the trailing slash', () => {
    const r = customModelRecord({ modelUrl: '/models/tiny', modelLibUrl: '/models/tiny/lib.wasm' }, ORIGIN);
    expect(r.model).toBe('http://localhost:4173/models/tiny/');
    expect(r.model_lib).toBe('http://localhost:4173/models/tiny/lib.wasm');
    expect(r.model_id).toBe('custom:tiny');
    expect(r.overrides).toBeUndefined();
  });

  it('keeps absolute URLs, skips resolve/main in the derived id, and honours id and context window', () => {
    const r = customModelRecord(
      {
        modelUrl: 'https://models.example.org/m/Coder-X/resolve/main/',
        modelLibUrl: 'https://cdn.example.org/x.wasm',
      },
      ORIGIN,
    );
    expect(r.model).toBe('https://models.example.org/m/Coder-X/resolve/main/');
    expect(r.model_id).toBe('custom:Coder-X');
    const named = customModelRecord(
      { modelUrl: '/a/', modelLibUrl: '/a.wasm', id: ' mine ', contextWindow: 2048 },
      ORIGIN,
    );
    expect(named.model_id).toBe('mine');
    expect(named.overrides).toEqual({ context_window_size: 2048 });
  });

  it('rejects empty and non-http addresses with BAD_INPUT', () => {
    const bad = (modelUrl: string, modelLibUrl: string) => {
      try {
        customModelRecord({ modelUrl, modelLibUrl }, ORIGIN);
      } catch (e) {
        return e instanceof PlaygroundError ? e.code : 'other';
      }
      return 'none';
    };
    expect(bad('', '/x.wasm')).toBe('BAD_INPUT');
    expect(bad('/m/', '  ')).toBe('BAD_INPUT');
    expect(bad('javascript:alert(1)', '/x.wasm')).toBe('BAD_INPUT');
  });
});
