// Journey: generated code in the evaluation page's test sandbox tries every escape we know of; the
// browser (opaque origin + CSP), not text matching, stops each one, and a request logger on 127.0.0.1
// with a permissive CORS policy (like a local model server) receives nothing. Also: the app's CSP is sent.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from './fixtures';
import { ATTACKS, FORGERIES, attackScript, attackSuite, forgeryScript, forgerySuite } from './sandboxAttacks';

let logger: Server;
let origin = '';
const received: string[] = [];

test.beforeAll(async () => {
  logger = createServer((request, response) => {
    received.push(`${request.method} ${request.url}`);
    response.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/javascript' });
    response.end('export default 1;');
  });
  await new Promise<void>((resolve) => logger.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(logger.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => logger.close(() => resolve())));

test('the app is served with a Content-Security-Policy that refuses inline and outside scripts', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain("'unsafe-inline' ; script");
  expect(policy).toMatch(/object-src 'none'/);
  await expect(page.getByTestId('kb-status')).toContainText('ready');
});

test('every sandbox escape is blocked and the request logger receives nothing', async ({ page, problems }) => {
  test.setTimeout(240_000);
  // The browser reports each refused request as a console error from the sandbox frame: expected here.
  problems.allowConsole(/Content Security Policy|Refused to|Failed to fetch|ERR_|SecurityError|WebSocket/);
  await page.addInitScript((s) => {
    window.__SCG_ENGINE_SCRIPT__ = s;
  }, attackScript(origin));
  await page.goto('/?engine=scripted&view=eval');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('eval-suite-file').check();
  await page
    .getByTestId('eval-file')
    .setInputFiles({ name: 'attacks.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(attackSuite()) });
  await expect(page.getByTestId('eval-file-summary')).toContainText(`${ATTACKS.length} tasks`);
  for (const id of ['rescue', 'rescue+revise']) await page.getByTestId(`eval-config-${id}`).uncheck();
  await page.getByTestId('eval-run').click();
  await expect(page.getByTestId('eval-suite-status')).toContainText('done', { timeout: 220_000 });
  for (const attack of ATTACKS) {
    const cell = page.getByTestId(`eval-cell-attack-${attack.id}-baseline`);
    await expect(cell, attack.id).toHaveAttribute('data-passed', 'false');
    // Failed because the attack was refused inside a running sandbox, not because the runtime broke.
    await expect(cell, attack.id).toHaveAttribute('title', /blocked: /);
  }
  // Give late requests (nested workers, font loads) a moment to arrive before the verdict.
  await page.waitForTimeout(1000);
  expect(received, 'requests that reached the logger').toEqual([]);
  // The sandbox frame has an opaque origin: the app's storage never saw the OPFS write.
  const appOpfs = await page.evaluate(async () => {
    const names: string[] = [];
    const dir = (await navigator.storage.getDirectory()) as unknown as { keys(): AsyncIterable<string> };
    for await (const name of dir.keys()) names.push(name);
    return names;
  });
  expect(appOpfs).not.toContain('junk.bin');
});

test('wrong answers that try to forge a pass are reported as failed', async ({ page }) => {
  test.setTimeout(180_000);
  await page.addInitScript((s) => {
    window.__SCG_ENGINE_SCRIPT__ = s;
  }, forgeryScript());
  await page.goto('/?engine=scripted&view=eval');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('eval-suite-file').check();
  await page
    .getByTestId('eval-file')
    .setInputFiles({ name: 'forgeries.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(forgerySuite()) });
  await expect(page.getByTestId('eval-file-summary')).toContainText(`${FORGERIES.length} tasks`);
  for (const id of ['rescue', 'rescue+revise']) await page.getByTestId(`eval-config-${id}`).uncheck();
  await page.getByTestId('eval-run').click();
  await expect(page.getByTestId('eval-suite-status')).toContainText('done', { timeout: 160_000 });
  for (const forgery of FORGERIES) {
    await expect(page.getByTestId(`eval-cell-forge-${forgery.id}-baseline`), forgery.id).toHaveAttribute(
      'data-passed',
      'false',
    );
  }
});
