// The app installs: a web app manifest, and a service worker that keeps the app shell but no API data.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { base, logIn, newUser, watch, withBrowser } from './support.mjs';

const run = withBrowser();
const { problems } = run;

test('a manifest and a service worker that caches the app shell only, never API answers', async () => {
  const user = await newUser('pwa');
  const context = await run.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  const page = watch(await context.newPage(), problems);
  await logIn(page, user.username);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.goto(`${base}/u/${user.username}/accounts/${user.main}`);
  await page.getByRole('heading', { name: 'Main', level: 1 }).waitFor();
  await page.locator('.chart-host .u-over').waitFor();

  // Chromium's own verdict: nothing keeps the app from being installed (a test browser is always private).
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), []);
  assert.deepEqual((await cdp.send('Page.getAppManifest')).errors, []);

  const manifest = await (await page.request.get(`${base}/manifest.webmanifest`)).json();
  assert.equal(manifest.name, 'Ledger');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.some((icon) => icon.sizes === '512x512'));

  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      urls.push(...(await cache.keys()).map((request) => new URL(request.url).pathname));
    }
    return urls;
  });
  assert.ok(cached.includes('/'), 'the app shell is cached');
  assert.ok(cached.some((path) => /^\/assets\/index-.*\.js$/.test(path)), 'the app script is cached');
  assert.deepEqual(cached.filter((path) => path.startsWith('/api/')), [], 'no API answer is cached');

  // Offline, the shell still starts (and says that the server cannot be reached).
  await context.setOffline(true);
  await page.reload();
  await page.locator('#app').getByText(/cannot be reached|Log in to Ledger/).first().waitFor();
  await context.setOffline(false);
  await context.close();
});
