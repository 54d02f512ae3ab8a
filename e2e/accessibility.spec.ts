// Accessibility: axe-core finds no serious or critical violation on any view, in light and dark mode,
// and the keyboard shortcuts work (Ctrl+Enter runs, ? lists the shortcuts, Esc closes the list).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PING_SCRIPT } from './scripts';

const VIEWS = [
  ['playground', '/'],
  ['explorer', '/?view=explorer'],
  ['evaluation', '/?engine=scripted&view=eval'],
  ['build a knowledge base', '/?view=buildkb&engine=scripted'],
  ['presenter', '/?engine=scripted&view=presenter&task=py-ping-host&stage=retrieval'],
] as const;

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

async function runScriptedPing(page: Page): Promise<void> {
  await page.addInitScript((script) => {
    window.__SCG_ENGINE_SCRIPT__ = script;
  }, PING_SCRIPT);
  await page.goto('/?engine=scripted');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('task-py-ping-host').click();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('pane-diff')).toHaveAttribute('data-status', 'ok');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const [name, url] of VIEWS) {
      test(`the ${name} view has no serious or critical axe violation`, async ({ page }) => {
        await page.goto(url);
        await expect(page.getByTestId('kb-status')).toContainText('ready');
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
    test('a completed run (Ctrl+Enter) has no serious or critical axe violation', async ({ page }) => {
      // axe walks every node of six filled panes and two Monaco editors: slow on a loaded machine.
      test.setTimeout(180_000);
      await runScriptedPing(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test('"?" lists the shortcuts and Esc closes the list; "?" typed in a text field stays text', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts-list')).toBeVisible();
  await expect(page.getByTestId('shortcuts-list')).toContainText('Ctrl+Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts-list')).toBeHidden();
  await page.getByText('Check my own code instead of generating').click();
  await page.getByTestId('provided-code').fill('x = 1 ');
  await page.getByTestId('provided-code').press('?');
  await expect(page.getByTestId('provided-code')).toHaveValue('x = 1 ?');
  await expect(page.getByTestId('shortcuts-list')).toBeHidden();
});
