// WebGPU detection before any model download: secure context, navigator.gpu, an adapter, shader-f16 and limits.
import { ERROR_CATALOGUE } from '../../core/errors';

export type WebGpuStatus =
  | { ok: false; reason: 'insecure-context' | 'no-webgpu' | 'no-adapter'; message: string; hint: string }
  | {
      ok: true;
      f16: boolean;
      vendor: string;
      architecture: string;
      description: string;
      /** True for software adapters (SwiftShader, fallback): models run, but very slowly. */
      software: boolean;
      limits: { maxBufferMB: number; maxStorageBindingMB: number; maxInvocations: number };
      /** Limits under what WebLLM falls back to: loading will most likely fail. */
      warnings: string[];
    };

/** The slice of the browser this needs, so tests can pass a fake. */
export interface WebGpuEnv {
  isSecureContext: boolean;
  userAgent: string;
  gpu?: { requestAdapter(options?: GPURequestAdapterOptions): Promise<AdapterLike | null> };
}

export interface AdapterLike {
  features: { has(name: string): boolean };
  limits: {
    maxBufferSize: number;
    maxStorageBufferBindingSize: number;
    maxComputeWorkgroupStorageSize: number;
    maxStorageBuffersPerShaderStage: number;
    maxComputeInvocationsPerWorkgroup: number;
  };
  info?: { vendor: string; architecture: string; description: string; isFallbackAdapter?: boolean };
}

export function browserEnv(): WebGpuEnv {
  return {
    isSecureContext: globalThis.isSecureContext,
    userAgent: navigator.userAgent,
    gpu: navigator.gpu ?? undefined,
  };
}

/** Where to switch WebGPU on, by browser family; worded for a user, not a developer. */
export function enableHint(userAgent: string): string {
  if (/Firefox\//.test(userAgent))
    return 'Firefox ships WebGPU on Windows from version 141; elsewhere set dom.webgpu.enabled in about:config, or use Chrome or Edge.';
  if (/Version\/[\d.]+.*Safari\//.test(userAgent))
    return 'Use Safari 26 or later, or turn on WebGPU under Develop > Feature Flags.';
  if (/Linux/.test(userAgent) && /Chrome\//.test(userAgent))
    return 'On Linux, Chrome needs chrome://flags/#enable-unsafe-webgpu (and Vulkan drivers).';
  return 'Use a recent Chrome or Edge (version 113 or later) with hardware acceleration on.';
}

const MB = 1024 * 1024;
const TIMEOUT_MS = 5000;

export async function detectWebGpu(env: WebGpuEnv = browserEnv()): Promise<WebGpuStatus> {
  if (!env.isSecureContext) {
    return {
      ok: false,
      reason: 'insecure-context',
      message: ERROR_CATALOGUE.WEBGPU_NOT_SECURE,
      hint: 'Open the playground over https:// or from http://localhost.',
    };
  }
  if (!env.gpu) {
    return {
      ok: false,
      reason: 'no-webgpu',
      message: ERROR_CATALOGUE.WEBGPU_UNAVAILABLE,
      hint: enableHint(env.userAgent),
    };
  }
  let adapter: AdapterLike | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // A wedged GPU process can leave requestAdapter pending forever; treat that as no adapter.
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), TIMEOUT_MS);
    });
    adapter = await Promise.race([env.gpu.requestAdapter({ powerPreference: 'high-performance' }), timeout]);
  } catch {
    adapter = null;
  } finally {
    clearTimeout(timer);
  }
  if (!adapter) {
    return {
      ok: false,
      reason: 'no-adapter',
      message: ERROR_CATALOGUE.WEBGPU_NO_ADAPTER,
      hint: 'Turn on hardware acceleration, update the GPU driver, or check that the GPU is not blocklisted (chrome://gpu).',
    };
  }
  const l = adapter.limits;
  const info = adapter.info ?? { vendor: '', architecture: '', description: '' };
  // WebLLM's own minimums after its fallbacks (it asks for more first).
  const warnings: string[] = [];
  if (l.maxStorageBufferBindingSize < 128 * MB) warnings.push('maxStorageBufferBindingSize is under 128 MB');
  if (l.maxComputeWorkgroupStorageSize < 32 * 1024) warnings.push('maxComputeWorkgroupStorageSize is under 32 KB');
  if (l.maxStorageBuffersPerShaderStage < 10) warnings.push('fewer than 10 storage buffers per shader stage');
  if (l.maxComputeInvocationsPerWorkgroup < 256) warnings.push('fewer than 256 invocations per workgroup');
  return {
    ok: true,
    f16: adapter.features.has('shader-f16'),
    vendor: info.vendor,
    architecture: info.architecture,
    description: info.description,
    software:
      info.isFallbackAdapter === true ||
      /swiftshader|llvmpipe|software/i.test(`${info.architecture} ${info.description}`),
    limits: {
      maxBufferMB: Math.round(l.maxBufferSize / MB),
      maxStorageBindingMB: Math.round(l.maxStorageBufferBindingSize / MB),
      maxInvocations: l.maxComputeInvocationsPerWorkgroup,
    },
    warnings,
  };
}
