// Generator for src/adapters/webllm/modelCatalog.json: the few web-llm prebuilt models fit for code,
// with the numbers the picker shows. Run: npx tsx src/adapters/webllm/buildModelCatalog.ts
// Kept as data so the main thread never imports web-llm's 6 MB module just to list models.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prebuiltAppConfig, modelVersion } from '@mlc-ai/web-llm';

/** Families we offer, best for code first; parameter counts (billions) come from the model cards. */
const WANTED: { family: string; group: 'coder' | 'general'; prefix: string; params: number }[] = [
  { family: 'Qwen2.5-Coder 0.5B', group: 'coder', prefix: 'Qwen2.5-Coder-0.5B-Instruct', params: 0.49 },
  { family: 'Qwen2.5-Coder 1.5B', group: 'coder', prefix: 'Qwen2.5-Coder-1.5B-Instruct', params: 1.54 },
  { family: 'Qwen2.5-Coder 3B', group: 'coder', prefix: 'Qwen2.5-Coder-3B-Instruct', params: 3.09 },
  { family: 'Qwen2.5-Coder 7B', group: 'coder', prefix: 'Qwen2.5-Coder-7B-Instruct', params: 7.62 },
  { family: 'Qwen3 1.7B', group: 'general', prefix: 'Qwen3-1.7B', params: 2.03 },
  { family: 'Qwen3 4B', group: 'general', prefix: 'Qwen3-4B', params: 4.02 },
  { family: 'Llama 3.2 1B', group: 'general', prefix: 'Llama-3.2-1B-Instruct', params: 1.24 },
  { family: 'Llama 3.2 3B', group: 'general', prefix: 'Llama-3.2-3B-Instruct', params: 3.21 },
  { family: 'Phi-4 mini', group: 'general', prefix: 'Phi-4-mini-instruct', params: 3.84 },
];

/** Bits per weight of each quantisation: 4-bit groups of 32 carry one f16 or f32 scale. */
const BITS_PER_WEIGHT: Record<string, number> = { q4f16_1: 4.5, q4f32_1: 5 };

const models = [];
for (const want of WANTED) {
  for (const quant of ['q4f16_1', 'q4f32_1']) {
    const id = `${want.prefix}-${quant}-MLC`;
    const record = prebuiltAppConfig.model_list.find((m) => m.model_id === id);
    if (!record) throw new Error(`web-llm ${modelVersion} has no ${id}`);
    const bits = BITS_PER_WEIGHT[quant] ?? 16;
    models.push({
      id,
      family: want.family,
      group: want.group,
      quantization: quant,
      vramMB: Math.round(record.vram_required_MB ?? 0),
      lowResource: record.low_resource_required ?? false,
      downloadMB: Math.round((want.params * 1e9 * bits) / 8 / 1e6),
      contextWindow: record.overrides?.context_window_size ?? 4096,
    });
  }
}

const out = fileURLToPath(new URL('./modelCatalog.json', import.meta.url));
writeFileSync(out, JSON.stringify({ webllmVersion: modelVersion, models }, null, 2) + '\n');
console.log(`wrote ${models.length} models to ${out}`);
