// Layout (issue 14, item 11): resizable panes, one focused stage large and the others as a compact rail, a
// one-line header (Model Details opens as an overlay), long lines that scroll instead of being cut, and the
// scripted test engine without a script failing visibly instead of looking like a successful run.
import { test, expect } from './fixtures';
import { RECORDED_RUNS } from '../scripts/recordedAnswers';

const PING_RULES = RECORDED_RUNS.find((r) => r.taskId === 'py-ping-host')!.rules;
const TAIL = 'tail_of_the_long_line';
const LONG_LINE = `    # ${'this comment is long on purpose, '.repeat(14)}${TAIL}`;
/** The recorded ping answers, with a revised answer that carries one very long line. */
const LONG_LINE_RULES = PING_RULES.map((rule) =>
  rule.match === '^Review this'
    ? { ...rule, reply: rule.reply.replace('    return result.stdout', `${LONG_LINE}\n    return result.stdout`) }
    : rule,
);

test('the header stays one line with Model Details open, which opens as an overlay', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await expect(page.getByTestId('webgpu-status')).toHaveAttribute('data-f16', /true|false/);
  const header = page.locator('.app-head');
  const closed = (await header.boundingBox())!.height;
  expect(closed).toBeLessThan(60);
  // One line, and the model picker still readable in it.
  const select = (await page.getByTestId('model-select').boundingBox())!;
  expect(select.width).toBeGreaterThan(120);
  expect((await page.getByTestId('model-load').boundingBox())!.x).toBeGreaterThanOrEqual(select.x + select.width);
  await page.getByTestId('model-details').locator('summary').click();
  const popover = page.getByTestId('model-details-popover');
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('Download');
  expect((await header.boundingBox())!.height).toBe(closed);
  // The overlay reaches over the page below the header instead of stretching it.
  const overlay = (await popover.boundingBox())!;
  expect(overlay.y + overlay.height).toBeGreaterThan(closed + 50);
});

test('a pane resizes by dragging its handle', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  const focus = page.locator('#panel-focus');
  const rail = page.locator('#panel-rail');
  const before = { focus: (await focus.boundingBox())!.width, rail: (await rail.boundingBox())!.width };
  const handle = (await page.locator('#resize-rail').boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2 - 150, handle.y + handle.height / 2, { steps: 8 });
  await page.mouse.up();
  const after = { focus: (await focus.boundingBox())!.width, rail: (await rail.boundingBox())!.width };
  expect(after.focus).toBeLessThan(before.focus - 100);
  expect(after.rail).toBeGreaterThan(before.rail + 100);
});

test('clicking a stage in the rail brings it into the large pane, and the row of stages does too', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await expect(page.getByTestId('pane-output')).toHaveAttribute('data-placement', 'focus');
  await expect(page.getByTestId('stage-rail').getByTestId('pane-retrieval')).toBeVisible();
  await page.getByTestId('rail-retrieval').click();
  await expect(page.locator('#panel-focus').getByTestId('pane-retrieval')).toHaveAttribute('data-placement', 'focus');
  await expect(page.getByTestId('stage-rail').getByTestId('pane-output')).toHaveAttribute('data-placement', 'rail');
  await expect(page.getByTestId('stage-rail').getByTestId('pane-retrieval')).toHaveCount(0);
  await page.getByTestId('stage-node-analysis').click();
  await expect(page.getByTestId('pane-findings')).toHaveAttribute('data-placement', 'focus');
  await expect(page.getByTestId('pane-findings')).toBeFocused();
});

test('a long line in the diff scrolls sideways inside the large pane instead of being cut', async ({ page }) => {
  await page.addInitScript(
    (script) => {
      window.__SCG_ENGINE_SCRIPT__ = script;
    },
    { rules: LONG_LINE_RULES },
  );
  await page.goto('/?engine=scripted&task=py-ping-host');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('pane-diff')).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
  await page.getByTestId('rail-diff').click();
  const diff = page.getByTestId('revision-diff');
  await expect(diff).toBeVisible();
  const tail = diff.locator('.editor.modified .view-line span[class*="mtk"]', { hasText: TAIL });
  await expect(tail).toHaveCount(1);
  // The pane's editor is wide, but not wide enough for the line: its end is out of sight until scrolled to.
  await expect(tail).not.toBeInViewport();
  // A click on the line and End move the editor sideways to the line's end: it is scrolled to, not cut off.
  // Under load the key can reach the editor before the click has given it focus, so click and key are retried
  // together; the line's end must still come into view by scrolling.
  await expect(async () => {
    await diff.locator('.editor.modified .view-line', { hasText: 'this comment is long' }).first().click();
    await page.keyboard.press('End');
    await expect(tail).toBeInViewport({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
});

test('the scripted engine without a script fails the generation with a clear message', async ({ page }) => {
  await page.goto('/?engine=scripted');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await expect(page.getByTestId('model-override')).toContainText('no script given');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('stage-node-generation')).toHaveAttribute('data-status', 'error');
  await expect(page.getByTestId('pane-output')).toHaveAttribute('data-status', 'error');
  const error = page.getByTestId('error-output');
  await expect(error).toHaveAttribute('data-code', 'ENGINE_NO_SCRIPT');
  await expect(error).toContainText('No script was given');
  await expect(page.getByTestId('stage-node-analysis')).not.toHaveAttribute('data-status', 'ok');
});
