// Model picker journeys: f32-only choices on an adapter without shader-f16, the explanation without WebGPU,
// and a failed custom-model load that leaves the app usable and the WebLLM caches clean.
import { test, expect } from './fixtures';
import { PING_SCRIPT } from './scripts';

test('offers only q4f32 variants on an adapter without shader-f16', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('webgpu-status')).toHaveAttribute('data-f16', 'false');
  const values = await page
    .getByTestId('model-select')
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o instanceof HTMLOptionElement ? o.value : '')));
  expect(values.length).toBeGreaterThan(4);
  for (const id of values) {
    expect(id).toMatch(/q4f32_1/);
    expect(id).not.toMatch(/q\d+f16/);
  }
  await expect(page.getByTestId('model-select')).toHaveValue('Qwen2.5-Coder-1.5B-Instruct-q4f32_1-MLC');
  await expect(page.getByTestId('model-load')).toBeEnabled();
});

test('explains a missing WebGPU and keeps the rest of the app working', async ({ page }) => {
  await page.addInitScript(() => {
    Reflect.deleteProperty(Navigator.prototype, 'gpu');
  });
  await page.goto('/');
  const status = page.getByTestId('webgpu-status');
  await expect(status).toHaveAttribute('data-reason', 'no-webgpu');
  await expect(status).toContainText('WebGPU is not available');
  await expect(status).toContainText(/chrome:\/\/flags|Chrome or Edge/);
  await expect(page.getByTestId('model-load')).toBeDisabled();
  await expect(page.getByTestId('kb-status')).toContainText('ready');

  // Retrieval and analysis need no model: check pasted code for the ping task.
  await page.getByTestId('task-py-ping-host').click();
  await page.getByText('Check my own code instead of generating').click();
  await page
    .getByTestId('provided-code')
    .fill('import os\n\ndef ping(host):\n    return os.popen("ping -c 1 " + host).read()\n');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('pane-retrieval')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('retrieval-pane').getByTestId('retrieval-cwe').first()).toContainText('CWE-78');
  await expect(page.getByTestId('findings-pane').getByTestId('finding').first()).toContainText('CWE-78');
});

test('a custom model at a missing URL fails clearly, stays usable and leaves no cache entries', async ({
  page,
  problems,
}) => {
  // The missing files answer 404 on purpose; Chromium logs those as console errors.
  problems.allowConsole(/404|Failed to load resource/);
  await page.goto('/');
  await expect(page.getByTestId('webgpu-status')).toHaveAttribute('data-f16', 'false');
  await page.getByTestId('model-details').locator('summary').click();
  await page.getByTestId('custom-model-url').fill('/models/missing/');
  await page.getByTestId('custom-model-lib').fill('/models/missing/missing-webgpu.wasm');
  await page.getByTestId('custom-model-load').click();

  const error = page.getByTestId('model-error');
  await expect(error).toBeVisible({ timeout: 30_000 });
  await expect(error).toHaveAttribute('data-code', /MODEL_NOT_FOUND|MODEL_DOWNLOAD_FAILED/);
  await expect(error).toContainText(/URL|address/);
  // The message opens below the header (which stays one line) and can be put away and shown again.
  expect((await page.locator('.app-head').boundingBox())!.height).toBeLessThan(60);
  await page.getByTestId('model-error-hide').click();
  await expect(error).toHaveCount(0);
  await page.getByTestId('model-error-show').click();
  await expect(error).toBeVisible();

  // Still usable: the picker can load again and the knowledge base is up.
  await expect(page.getByTestId('model-load')).toBeEnabled();
  await expect(page.getByTestId('model-select')).toBeEnabled();
  await expect(page.getByTestId('kb-status')).toContainText('ready');

  const cachedUrls = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(`${name} ${request.url}`);
    }
    return urls;
  });
  expect(cachedUrls.filter((u) => u.includes('/models/missing/'))).toEqual([]);
});

test('with the scripted engine the picker shows its label and hides the download controls', async ({ page }) => {
  await page.addInitScript((script) => {
    window.__SCG_ENGINE_SCRIPT__ = script;
  }, PING_SCRIPT);
  await page.goto('/?engine=scripted');
  await expect(page.getByTestId('model-override')).toContainText('Scripted');
  await expect(page.getByTestId('model-load')).toHaveCount(0);
  await expect(page.getByTestId('model-select')).toHaveCount(0);
});
