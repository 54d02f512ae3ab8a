// "Load a model from disk" in the real browser: a small synthetic compiled-MLC folder is picked with the folder
// file input (the fallback of the directory picker, which Playwright cannot drive), copied into web-llm's Cache
// API stores under the disk:<folder> id, and loaded by web-llm's own loader, which finds every file cached and
// stops where a real model library and weights are needed. The fixture fails any request off this machine, so
// the load provably fetched nothing. An incomplete folder is refused before anything is stored.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { fakeTensorCache } from './fakeModel';

const SHARD = 4096;
/** The smallest valid WebAssembly module: magic and version, no sections; it has none of a model library's exports. */
const EMPTY_WASM = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

function writeFolder(dir: string, leave: string[] = []): string {
  mkdirSync(dir, { recursive: true });
  const files: Record<string, Buffer | string> = {
    'mlc-chat-config.json': JSON.stringify({ tokenizer_files: ['tokenizer.json'], context_window_size: 512 }),
    'tensor-cache.json': JSON.stringify({ metadata: {}, ...fakeTensorCache([0, 1], SHARD) }),
    'params_shard_0.bin': Buffer.alloc(SHARD, 1),
    'params_shard_1.bin': Buffer.alloc(SHARD, 2),
    'tokenizer.json': JSON.stringify({ version: '1.0', model: { type: 'BPE', vocab: {}, merges: [] } }),
    'Tiny-q4f32_1-webgpu.wasm': EMPTY_WASM,
  };
  for (const [name, body] of Object.entries(files)) if (!leave.includes(name)) writeFileSync(join(dir, name), body);
  return dir;
}

async function openPicker(page: Page) {
  // Without showDirectoryPicker the form offers the folder input (as in Firefox and Safari).
  await page.addInitScript(() => {
    Reflect.deleteProperty(Window.prototype, 'showDirectoryPicker');
    Reflect.deleteProperty(window, 'showDirectoryPicker');
  });
  await page.goto('/');
  await expect(page.getByTestId('webgpu-status')).toHaveAttribute('data-f16', 'false');
  await page.getByTestId('model-details').locator('summary').click();
}

const diskCacheUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys())
        if (request.url.includes('disk-model.invalid'))
          urls.push(`${name} ${request.url.split('/').slice(3).join('/')}`);
    return urls.sort();
  });

test('a model folder from disk is cached under disk:<folder> and web-llm loads it up to the library', async ({
  page,
  problems,
}, testInfo) => {
  problems.allowConsole(/WebAssembly|wasm|TVM|tvm|instantiate/i);
  const dir = writeFolder(testInfo.outputPath('tiny-disk-model'));
  await openPicker(page);
  await page.getByTestId('disk-model-input').setInputFiles(dir);

  await expect(page.getByTestId('model-select')).toHaveValue('disk:tiny-disk-model');
  const error = page.getByTestId('model-error');
  await expect(error).toBeVisible({ timeout: 30_000 });
  const text = (await error.textContent()) ?? '';
  // web-llm read config and library from the cache and failed on the library: not a missing or unfetched file.
  expect(await error.getAttribute('data-code')).not.toMatch(/MODEL_NOT_FOUND|MODEL_DOWNLOAD_FAILED|FOLDER/);
  expect(text).not.toMatch(/Cannot fetch|404|Failed to fetch|disk-model\.invalid/);
  // It got as far as instantiating the library: the empty module has no memory or functions for TVM's runtime.
  expect(text).toMatch(/reading 'buffer'|WebAssembly/);
  await page.screenshot({ path: testInfo.outputPath('model-from-disk.png') });
  expect(await diskCacheUrls(page)).toEqual([
    'webllm/config tiny-disk-model/resolve/main/mlc-chat-config.json',
    'webllm/model tiny-disk-model/resolve/main/params_shard_0.bin',
    'webllm/model tiny-disk-model/resolve/main/params_shard_1.bin',
    'webllm/model tiny-disk-model/resolve/main/tensor-cache.json',
    'webllm/model tiny-disk-model/resolve/main/tokenizer.json',
    'webllm/wasm tiny-disk-model/Tiny-q4f32_1-webgpu.wasm',
  ]);
  testInfo.annotations.push({ type: 'load error', description: text });

  // The record survives a reload, and web-llm's own cache check finds the model complete.
  await page.reload();
  await page.getByTestId('model-select').selectOption('disk:tiny-disk-model');
  await page.getByTestId('model-details').locator('summary').click();
  await expect(page.getByTestId('model-cached')).toBeVisible();
});

test('an incomplete folder is refused, naming what is missing, and nothing is stored', async ({ page }, testInfo) => {
  const dir = writeFolder(testInfo.outputPath('half-model'), ['tokenizer.json', 'params_shard_1.bin']);
  await openPicker(page);
  await page.getByTestId('disk-model-input').setInputFiles(dir);
  const error = page.getByTestId('disk-model-error');
  await expect(error).toHaveAttribute('data-code', 'MODEL_FOLDER_INCOMPLETE');
  await expect(error).toContainText('"half-model" is not a complete compiled MLC model');
  await expect(error).toContainText('params_shard_1.bin');
  await expect(error).toContainText('tokenizer.json');
  expect(await diskCacheUrls(page)).toEqual([]);
  await expect(page.getByTestId('model-select').locator('option[value^="disk:"]')).toHaveCount(0);
});
