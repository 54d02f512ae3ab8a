import { describe, expect, it } from 'vitest';
import { detectWebGpu, enableHint, type AdapterLike } from './detectWebGpu';

const MB = 1024 * 1024;
const CHROME_LINUX =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

function adapter(features: string[], overrides: Partial<AdapterLike['limits']> = {}): AdapterLike {
  return {
    features: new Set(features),
    limits: {
      maxBufferSize: 1024 * MB,
      maxStorageBufferBindingSize: 1024 * MB,
      maxComputeWorkgroupStorageSize: 32768,
      maxStorageBuffersPerShaderStage: 10,
      maxComputeInvocationsPerWorkgroup: 256,
      ...overrides,
    },
    info: { vendor: 'google', architecture: 'swiftshader', description: '' },
  };
}

describe('detectWebGpu', () => {
  it('reports an insecure context before looking at navigator.gpu', async () => {
    const s = await detectWebGpu({
      isSecureContext: false,
      userAgent: CHROME_LINUX,
      gpu: { requestAdapter: async () => adapter([]) },
    });
    expect(s).toMatchObject({ ok: false, reason: 'insecure-context' });
  });

  it('explains a missing navigator.gpu with a browser-specific hint', async () => {
    const s = await detectWebGpu({ isSecureContext: true, userAgent: CHROME_LINUX });
    expect(s.ok).toBe(false);
    if (!s.ok) {
      expect(s.reason).toBe('no-webgpu');
      expect(s.hint).toMatch(/enable-unsafe-webgpu/);
    }
    expect(enableHint('Mozilla/5.0 (Windows NT 10.0; rv:140.0) Gecko/20100101 Firefox/140.0')).toMatch(/about:config/);
  });

  it('treats a null or throwing requestAdapter as no adapter', async () => {
    const nullAdapter = await detectWebGpu({
      isSecureContext: true,
      userAgent: CHROME_LINUX,
      gpu: { requestAdapter: async () => null },
    });
    expect(nullAdapter).toMatchObject({ ok: false, reason: 'no-adapter' });
    const throwing = await detectWebGpu({
      isSecureContext: true,
      userAgent: CHROME_LINUX,
      gpu: {
        requestAdapter: async () => {
          throw new Error('boom');
        },
      },
    });
    expect(throwing).toMatchObject({ ok: false, reason: 'no-adapter' });
  });

  it('reads f16, vendor, software flag and limits from the adapter', async () => {
    const s = await detectWebGpu({
      isSecureContext: true,
      userAgent: CHROME_LINUX,
      gpu: { requestAdapter: async () => adapter([]) },
    });
    expect(s).toMatchObject({
      ok: true,
      f16: false,
      vendor: 'google',
      software: true,
      limits: { maxBufferMB: 1024, maxInvocations: 256 },
      warnings: [],
    });
    const f16 = await detectWebGpu({
      isSecureContext: true,
      userAgent: CHROME_LINUX,
      gpu: { requestAdapter: async () => adapter(['shader-f16'], { maxStorageBuffersPerShaderStage: 8 }) },
    });
    expect(f16).toMatchObject({ ok: true, f16: true });
    if (f16.ok) expect(f16.warnings).toHaveLength(1);
  });
});
