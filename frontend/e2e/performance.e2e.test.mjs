// Live updates stay cheap with a long history on screen: with 2,000 rows loaded, 20 deposits arriving
// within 2 s never block the page's main thread for more than 100 ms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { base, logIn, newUser, seed, step, watch, withBrowser } from './support.mjs';

const run = withBrowser();
const { problems } = run;

test('20 live deposits with 2,000 rows loaded never block the main thread for more than 100 ms', async () => {
  const user = await newUser('perf');
  const seeding = Date.now();
  await seed(user, user.main, 2000);
  console.log(`seeded 2,000 entries in ${Date.now() - seeding} ms`);
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = watch(await context.newPage(), problems);
  await logIn(page, user.username);
  await page.goto(`${base}/u/${user.username}/accounts/${user.main}`);
  await page.getByTestId('live-state').filter({ hasText: 'Live' }).waitFor();
  const shown = page.getByTestId('shown');
  const more = page.getByRole('button', { name: 'Load more' });
  while (!/2,000 entries shown/.test((await shown.textContent()) ?? '')) {
    await more.click();
    await more.or(page.getByText('2,000 entries shown')).first().waitFor();
    await page.waitForFunction(() => !document.querySelector('button.secondary[disabled]'));
  }
  assert.equal(await page.locator('tbody tr').count(), 2000);

  await page.evaluate(() => {
    globalThis.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        globalThis.longTasks.push(Math.round(entry.duration));
      }
    }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + i * 100 - Date.now())));
    void user.post(user.main, 'deposits', '1.00', `Live ${i + 1}`);
  }
  await step(page, '50-live-with-2000-rows', async () => {
    await page.locator('tbody tr').filter({ hasText: 'Live 20' }).waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 2020);
    await page.waitForTimeout(500);
    await page.evaluate(() => scrollTo(0, 0));
  }, { fullPage: false });
  const longTasks = await page.evaluate(() => globalThis.longTasks);
  console.log(`20 deposits in ${Date.now() - started} ms; long tasks meanwhile: ${JSON.stringify(longTasks)} ms`);
  assert.ok(Math.max(0, ...longTasks) <= 100, `the main thread was blocked for ${Math.max(...longTasks)} ms`);
  await context.close();
});
