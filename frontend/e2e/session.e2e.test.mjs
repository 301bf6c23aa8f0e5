// A session that ends elsewhere (logout in another tab, or the token refused) ends in every open tab.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { base, logIn, newUser, PASSWORD, step, watch, withBrowser } from './support.mjs';

const run = withBrowser();
const { problems } = run;

test('a logout in another tab sends this tab to the login page, and back where it was after logging in', async () => {
  const user = await newUser('tab');
  const context = await run.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  const page = watch(await context.newPage(), problems);
  await logIn(page, user.username);
  const accountPath = `/u/${user.username}/accounts/${user.main}`;
  await page.goto(`${base}${accountPath}`);
  await page.getByTestId('live-state').filter({ hasText: 'Live' }).waitFor();

  const other = watch(await context.newPage(), problems);
  await other.goto(`${base}/u/${user.username}`);
  await other.getByRole('heading', { name: 'Accounts' }).waitFor();

  await step(page, '20-session-ended-in-another-tab', async () => {
    const started = Date.now();
    await other.getByRole('button', { name: 'Log out' }).click();
    await page.getByText('Your session ended — log in again.').waitFor({ timeout: 5000 });
    await page.getByRole('heading', { name: 'Log in to Ledger' }).waitFor();
    assert.ok(Date.now() - started < 5000);
    assert.equal(new URL(page.url()).pathname, '/login');
    assert.equal(await page.getByTestId('balance').count(), 0, 'no balances are left on screen');
  });

  await step(page, '21-back-where-it-was', async () => {
    await page.getByLabel('Username').fill(user.username);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${base}${accountPath}`);
    await page.getByRole('heading', { name: 'Main', level: 1 }).waitFor();
  });
  await context.close();
});

test('a session the server ends (its token revoked) ends in the tab, through the event stream', async () => {
  const user = await newUser('rev');
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = watch(await context.newPage(), problems);
  await logIn(page, user.username);
  await page.getByTestId('live-state').filter({ hasText: 'Live' }).waitFor();
  // The tab's own token is revoked without any tab being told: as when it expires or is revoked elsewhere.
  await step(page, '22-session-ended-by-the-server', async () => {
    const started = Date.now();
    const response = await context.request.post(`${base}/api/auth/logout`);
    assert.equal(response.status(), 204);
    await page.getByText('Your session ended — log in again.').waitFor({ timeout: 5000 });
    assert.ok(Date.now() - started < 5000);
  });
  await context.close();
});
