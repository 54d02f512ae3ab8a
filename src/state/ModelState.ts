// The model store's state and actions, declared apart so selectors and the store share one shape.
import type { LlmEngine, LoadProgress } from '../core/generation/LlmEngine';
import type { ErrorRecord } from '../core/errors';
import type { CatalogModel } from '../adapters/webllm/modelCatalog';
import type { WebGpuStatus } from '../adapters/webgpu/detectWebGpu';
import type { StorageStatus } from '../adapters/webllm/storageStatus';
import type { CustomModelInput, CustomModelRecord } from '../adapters/webllm/customModelRecord';
import type { ModelHost } from '../adapters/webllm/ModelStoreDeps';

export type LoadState =
  | { status: 'idle' }
  | { status: 'loading'; modelId: string; progress: LoadProgress }
  | { status: 'ready'; modelId: string; gpuVendor: string }
  /**
   * `beforeDownload`: refused by the storage check, nothing was fetched; the user may download anyway.
   * `smaller`: after the GPU ran out of memory or was lost, a smaller model to suggest.
   */
  | { status: 'error'; modelId: string; error: ErrorRecord; beforeDownload?: boolean; smaller?: string };

export interface LoadOptions {
  /** Skip the storage check (e.g. to resume a model whose downloaded part already counts as used). */
  ignoreStorage?: boolean;
}

/** Where the model runs: WebLLM in this browser, or an OpenAI-compatible server the user named (localServerStore). */
export type EngineSource = 'webgpu' | 'server';

export interface ModelState {
  source: EngineSource;
  webgpu: WebGpuStatus | null;
  catalog: CatalogModel[];
  selectedId: string | null;
  custom: CustomModelRecord | null;
  /** Models loaded from a folder on disk into the cache (ids "disk:<folder>"), remembered across reloads. */
  diskModels: CustomModelRecord[];
  cached: Record<string, boolean>;
  storage: StorageStatus | null;
  loadState: LoadState;
  /** Non-null only when a model is ready (or an override engine is installed). */
  engine: LlmEngine | null;
  /** Set when the app installed its own engine (e.g. ?engine=scripted): no download controls. */
  override: { label: string } | null;
  detect(): Promise<void>;
  select(id: string): void;
  setCustom(input: CustomModelInput): ErrorRecord | null;
  /** The model-loading engine (the WebLLM worker), started on first use; for "Download for later". */
  host(): ModelHost;
  /** The web-llm record of a model outside the prebuilt list (custom URL or disk), else null. */
  recordFor(id: string): CustomModelRecord | null;
  /** Registers (or replaces) a model whose files are already in the cache, remembers it and selects it. */
  addDiskModel(record: CustomModelRecord): void;
  load(options?: LoadOptions): Promise<void>;
  cancelLoad(): Promise<void>;
  deleteCached(id: string): Promise<void>;
  refreshCached(): Promise<void>;
  /** Asks the browser to keep this site's storage (models) under storage pressure. */
  persistStorage(): Promise<void>;
  useEngineOverride(engine: LlmEngine): void;
  /** Switches the engine source; the other source's ready engine is parked and comes back on switching back. */
  setSource(source: EngineSource): void;
  /** Installs (or, with null, removes) the model-server engine; only while the source is 'server'. */
  useServerEngine(engine: LlmEngine | null): void;
}
