// First paint (issue 14, item 14): index.html carries a static shell (title, the one sentence, the row of stages,
// "Loading…") that paints before any JavaScript has run, and React's first render replaces it.
import { test, expect } from './fixtures';

test.describe('with JavaScript blocked', () => {
  test.use({ javaScriptEnabled: false });

  test('the static shell is what the page shows', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('shell')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Secure Code Playground' })).toBeVisible();
    await expect(page.getByTestId('shell')).toContainText('how retrieving security knowledge');
    await expect(page.getByTestId('shell-stages').getByRole('listitem')).toHaveCount(9);
    await expect(page.getByTestId('shell-loading')).toHaveText('Loading…');
    // Styled by the linked shell stylesheet: the stages are one row, not a bulleted list.
    await expect(page.getByTestId('shell-stages')).toHaveCSS('display', 'flex');
  });
});

test('React replaces the shell with the app', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('first-screen')).toBeVisible();
  await expect(page.getByTestId('shell')).toHaveCount(0);
  await expect(page.getByTestId('kb-status')).toContainText('ready');
});
