// The "model server on this machine" engine in the built page, against fake OpenAI-compatible servers on
// 127.0.0.1 (another origin than the page, so CORS applies as with a real Ollama or llama.cpp): list the
// models, stream a run to the end, cancel one mid-stream, and explain a server that sends no CORS headers.
import { test, expect } from './fixtures';
import {
  startFakeOpenAiServer,
  type FakeServer,
  type FakeServerOptions,
} from '../src/adapters/openai/fakeOpenAiServer';
import { PING_SCRIPT } from './scripts';
import AxeBuilder from '@axe-core/playwright';

let server: FakeServer | null = null;
test.afterEach(async () => {
  await server?.close();
  server = null;
});

async function connect(page: import('@playwright/test').Page, url: string) {
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  // The switch sits in Model Details while the browser engine is chosen (the header stays one line).
  await page.getByTestId('model-details').locator('summary').click();
  await page.getByTestId('engine-source-server').check();
  await page.getByTestId('server-url').fill(url);
  await page.getByTestId('server-connect').click();
}

test('lists the server models, streams a run to completion and cancels another', async ({ page }, testInfo) => {
  const options: FakeServerOptions = {
    rules: PING_SCRIPT.rules,
    models: ['tiny-coder', 'qwen2.5-coder:1.5b'],
    cors: true,
  };
  server = await startFakeOpenAiServer(options);
  await connect(page, server.url);

  const model = page.getByTestId('server-model');
  await expect(model).toHaveValue('qwen2.5-coder:1.5b');
  expect(await model.locator('option').allTextContents()).toEqual(['qwen2.5-coder:1.5b', 'tiny-coder']);
  await model.selectOption('tiny-coder');
  await expect(page.getByTestId('model-ready')).toContainText('tiny-coder');
  await page.screenshot({ path: testInfo.outputPath('local-server-picker.png') });
  // The new controls pass axe (no serious or critical violation), as every view must (accessibility.spec.ts).
  const axe = await new AxeBuilder({ page }).include('[data-testid="model-picker"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await page.getByTestId('task-py-ping-host').click();
  await page.getByTestId('run').click();
  for (const pane of ['output', 'findings', 'diff'])
    await expect(page.getByTestId(`pane-${pane}`)).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
  await expect(page.getByTestId('output-editor')).toContainText('shell=True');
  await expect(page.getByTestId('findings-pane').getByTestId('finding').first()).toContainText('CWE-78');
  expect(server.requests.length).toBeGreaterThan(0);
  expect(server.requests.every((r) => r.model === 'tiny-coder' && r.stream === true)).toBe(true);

  // A slow server: Cancel stops the stream mid-answer.
  options.chunkDelayMs = 150;
  await page.getByTestId('run').click();
  await expect(page.getByTestId('live-output')).toContainText('Here');
  await page.getByTestId('cancel-run').click();
  await expect(page.getByTestId('run-cancelled')).toContainText('generation');
  await expect(page.getByTestId('run')).toBeEnabled();
});

test('a server without CORS headers is named as such, and a closed port as unreachable', async ({ page, problems }) => {
  problems.allowConsole(/CORS|Failed to load resource|ERR_CONNECTION_REFUSED/);
  server = await startFakeOpenAiServer({ rules: [], models: ['m'], cors: false });
  await connect(page, server.url);
  const error = page.getByTestId('server-error');
  await expect(error).toHaveAttribute('data-code', 'ENGINE_CORS_BLOCKED');
  await expect(error).toContainText('OLLAMA_ORIGINS=http://localhost:');
  await expect(page.getByTestId('server-model')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/local-server-cors.png' });

  const closed = server.url;
  await server.close();
  server = null;
  await page.getByTestId('server-url').fill(closed.replace('/v1', '/v1/'));
  await page.getByTestId('server-connect').click();
  await expect(error).toHaveAttribute('data-code', 'ENGINE_UNREACHABLE');
});

test('another host is contacted only after an explicit yes, and plain http to it is refused', async ({ page }) => {
  await connect(page, 'http://192.168.1.20:11434/v1');
  await expect(page.getByTestId('server-error')).toHaveAttribute('data-code', 'BAD_INPUT');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.getByTestId('server-url').fill('https://gpu.invalid/v1');
  await page.getByTestId('server-connect').click();
  await expect(page.getByTestId('server-confirm')).toContainText('gpu.invalid is not this machine');
  expect(requests.filter((u) => u.includes('gpu.invalid'))).toEqual([]);
});
