// "Download for later" in the real browser against a fake model folder served by routes: the model's files go
// into web-llm's cache without a load (no library is fetched, the picker stays unloaded), Stop keeps the shards
// already downloaded, and the next download fetches only the one that was missing.
import { test, expect } from './fixtures';
import { fakeTensorCache } from './fakeModel';

const SHARD = 64 * 1024;
const SHARDS = [0, 1, 2, 3];

test('downloads a model for later without loading it, stops, and resumes with only the missing shard', async ({
  page,
  context,
  problems,
}) => {
  problems.allowConsole(/Failed to load resource|ERR_|404|abort/i);
  const hits: string[] = [];
  let configMissing = true;
  let holdShard3 = true;
  await context.route('**/models/fake/**', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    hits.push(name);
    const shard = /^params_shard_(\d)\.bin$/.exec(name);
    if (name === 'mlc-chat-config.json') {
      if (configMissing) return route.fulfill({ status: 404 });
      return route.fulfill({ json: { tokenizer_files: ['tokenizer.json'] } });
    }
    if (name === 'tensor-cache.json')
      return route.fulfill({
        json: fakeTensorCache(SHARDS, SHARD),
      });
    if (name === 'tokenizer.json') return route.fulfill({ json: { model: {} } });
    if (shard?.[1] === '3' && holdShard3) {
      // Long enough to press Stop while it is in flight; the page aborts it, so fulfilling may fail.
      await new Promise((r) => setTimeout(r, 5000));
      return route.fulfill({ body: Buffer.alloc(SHARD, 3) }).catch(() => undefined);
    }
    if (shard)
      return route.fulfill({ body: Buffer.alloc(SHARD, Number(shard[1])), contentType: 'application/octet-stream' });
    return route.fulfill({ status: 404 });
  });
  const cachedShards = () =>
    page.evaluate(async () =>
      (await (await caches.open('webllm/model')).keys())
        .map((r) => r.url.split('/').pop() ?? '')
        .filter((n) => n.startsWith('params_shard_'))
        .sort(),
    );

  await page.goto('/');
  await expect(page.getByTestId('webgpu-status')).toHaveAttribute('data-f16', 'false');
  await page.getByTestId('model-details').locator('summary').click();
  // Register the custom model; its first load fails at once (no config yet), leaving nothing cached.
  await page.getByTestId('custom-model-url').fill('/models/fake/');
  await page.getByTestId('custom-model-lib').fill('/models/fake/fake-webgpu.wasm');
  await page.getByTestId('custom-model-load').click();
  await expect(page.getByTestId('model-error')).toHaveAttribute('data-code', 'MODEL_NOT_FOUND', { timeout: 30_000 });
  configMissing = false;
  hits.length = 0;

  const prefetch = page.getByTestId('prefetch');
  await page.getByTestId('prefetch-start').click();
  await expect(prefetch).toHaveAttribute('data-status', 'downloading');
  await expect
    .poll(cachedShards, { timeout: 15_000 })
    .toEqual(['params_shard_0.bin', 'params_shard_1.bin', 'params_shard_2.bin']);
  await page.getByTestId('prefetch-cancel').click();
  await expect(prefetch).toHaveAttribute('data-status', 'cancelled');
  await expect(page.getByTestId('prefetch-cancelled')).toContainText('already downloaded are kept');
  expect(await cachedShards()).toEqual(['params_shard_0.bin', 'params_shard_1.bin', 'params_shard_2.bin']);

  holdShard3 = false;
  hits.length = 0;
  await page.getByTestId('prefetch-start').click();
  await expect(prefetch).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  expect(hits.filter((h) => h.startsWith('params_shard_'))).toEqual(['params_shard_3.bin']);
  expect(await cachedShards()).toEqual(SHARDS.map((i) => `params_shard_${i}.bin`));
  // Nothing was loaded: no library fetched, no model ready, and the picker marks the model cached.
  expect(hits).not.toContain('fake-webgpu.wasm');
  await expect(page.getByTestId('model-ready')).toHaveCount(0);
  await expect(page.getByTestId('model-cached')).toBeVisible();
});
