// Model catalog: which WebLLM models the picker offers on this device, and which one it picks by default.
import catalogData from './modelCatalog.json';

export interface CatalogModel {
  id: string;
  family: string;
  /** 'coder' models come first; 'general' ones are fallbacks. */
  group: 'coder' | 'general';
  quantization: string;
  vramMB: number;
  lowResource: boolean;
  /** Approximate weight download in MB (parameters x bits per weight; shards are not listed in web-llm's config). */
  downloadMB: number;
  contextWindow: number;
}

export interface DeviceCapabilities {
  /** The adapter has the shader-f16 feature. */
  f16: boolean;
}

export const DEFAULT_FAMILY = 'Qwen2.5-Coder 1.5B';

/**
 * Every f16 quantisation needs shader-f16, whatever the record declares: most prebuilt f16 records
 * omit `required_features`, and then fail at shader compile after a full download.
 */
export function needsShaderF16(modelId: string): boolean {
  return /q\d+f16/.test(modelId);
}

/** The f32 twin of an f16 model id (Qwen2.5-Coder-1.5B-Instruct-q4f16_1-MLC -> ...q4f32_1-MLC). */
export function f32Twin(modelId: string): string {
  return modelId.replace(/q(\d+)f16/, 'q$1f32');
}

function isCatalogModel(value: unknown): value is CatalogModel {
  if (typeof value !== 'object' || value === null) return false;
  const v: Record<string, unknown> = { ...value };
  return (
    typeof v.id === 'string' &&
    typeof v.family === 'string' &&
    (v.group === 'coder' || v.group === 'general') &&
    typeof v.quantization === 'string' &&
    typeof v.vramMB === 'number' &&
    typeof v.lowResource === 'boolean' &&
    typeof v.downloadMB === 'number' &&
    typeof v.contextWindow === 'number'
  );
}

/** The full catalog, validated once: a bad regeneration fails loudly rather than rendering junk. */
export const MODEL_CATALOG: readonly CatalogModel[] = catalogData.models.map((entry: unknown) => {
  if (!isCatalogModel(entry)) throw new Error(`modelCatalog.json: invalid entry ${JSON.stringify(entry)}`);
  return entry;
});

/**
 * The models this device can run, coder models first, smaller first within a group.
 * Without shader-f16 only the f32 twins are offered; with it each f16 variant (less memory) precedes its twin,
 * because the data file lists families in size order with f16 first.
 */
export function modelsForDevice(
  device: DeviceCapabilities,
  catalog: readonly CatalogModel[] = MODEL_CATALOG,
): CatalogModel[] {
  const groupRank = (m: CatalogModel) => (m.group === 'coder' ? 0 : 1);
  return catalog
    .map((model, index) => ({ model, index }))
    .filter(({ model }) => device.f16 || !needsShaderF16(model.id))
    .sort((a, b) => groupRank(a.model) - groupRank(b.model) || a.index - b.index)
    .map(({ model }) => model);
}

/** The default choice: Qwen2.5-Coder 1.5B in the best quantisation this device supports. */
export function defaultModelId(
  device: DeviceCapabilities,
  catalog: readonly CatalogModel[] = MODEL_CATALOG,
): string | null {
  const offered = modelsForDevice(device, catalog);
  return (offered.find((m) => m.family === DEFAULT_FAMILY) ?? offered[0])?.id ?? null;
}

/** Maps a requested id to one this device can run: an f16 id becomes its f32 twin when f16 is missing. */
export function resolveForDevice(modelId: string, device: DeviceCapabilities): string {
  return !device.f16 && needsShaderF16(modelId) ? f32Twin(modelId) : modelId;
}

export function findCatalogModel(
  modelId: string,
  catalog: readonly CatalogModel[] = MODEL_CATALOG,
): CatalogModel | undefined {
  return catalog.find((m) => m.id === modelId);
}

/**
 * The model to suggest after the GPU ran out of memory: one step down in GPU memory within the same group
 * (coder first), from the models this device is offered; for a model not in the catalog, the smallest one.
 */
export function smallerModel(modelId: string, offered: readonly CatalogModel[]): CatalogModel | undefined {
  const current = findCatalogModel(modelId, offered) ?? findCatalogModel(modelId);
  const group = current?.group ?? 'coder';
  const below = offered.filter((m) => m.id !== modelId && m.vramMB < (current?.vramMB ?? Infinity));
  const pick = (list: CatalogModel[]) =>
    current
      ? list.reduce<CatalogModel | undefined>((best, m) => (!best || m.vramMB > best.vramMB ? m : best), undefined)
      : list.reduce<CatalogModel | undefined>((best, m) => (!best || m.vramMB < best.vramMB ? m : best), undefined);
  return pick(below.filter((m) => m.group === group)) ?? pick(below);
}
