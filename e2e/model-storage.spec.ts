// The storage check before a model download: a model that cannot fit is refused before any byte is fetched
// (the fixture fails the test on any request off this machine), with a plain message and a way to go on;
// without an estimate the storage line is not shown at all.
import { test, expect } from './fixtures';

test('refuses a model that cannot fit in the storage left, before fetching anything', async ({ page }) => {
  await page.addInitScript(() => {
    const MB = 1024 * 1024;
    StorageManager.prototype.estimate = async () => ({ usage: 50 * MB, quota: 350 * MB });
  });
  await page.goto('/');
  await expect(page.getByTestId('webgpu-status')).toHaveAttribute('data-f16', 'false');
  await page.getByTestId('model-details').locator('summary').click();
  await expect(page.getByTestId('model-storage')).toContainText('Browser storage: 50 MB used of 350 MB');
  await expect(page.getByTestId('model-persist')).toBeVisible();

  await page.getByTestId('model-load').click();
  const error = page.getByTestId('model-error');
  await expect(error).toHaveAttribute('data-code', 'MODEL_STORAGE_FULL');
  await expect(error).toContainText(
    /needs about \d+ MB of browser storage, but this site may store only about 300 MB more/,
  );
  await expect(error).toContainText('incognito');
  await expect(page.getByTestId('model-load-anyway')).toBeVisible();
  await expect(page.getByTestId('model-load')).toBeEnabled();
  await page.screenshot({ path: 'test-results/model-storage-refused.png' });
});

test('shows no storage line when the browser gives no estimate', async ({ page }) => {
  await page.addInitScript(() => {
    StorageManager.prototype.estimate = async () => ({});
  });
  await page.goto('/');
  await expect(page.getByTestId('webgpu-status')).toHaveAttribute('data-f16', 'false');
  await page.getByTestId('model-details').locator('summary').click();
  await expect(page.getByTestId('custom-model-url')).toBeVisible();
  await expect(page.getByTestId('model-storage')).toHaveCount(0);
});
