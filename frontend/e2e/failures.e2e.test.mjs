// Failures say what failed and offer a retry; they never look like empty data.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { base, logIn, newUser, step, watch, withBrowser } from './support.mjs';

const run = withBrowser();
const { problems } = run;

const refusal = {
  status: 400,
  contentType: 'application/problem+json',
  body: JSON.stringify({ type: '/problems/invalid-input', title: 'Invalid input', status: 400,
    detail: 'The start date must be on or before the end date.',
    errors: [{ field: 'to', message: 'The start date must be on or before the end date.' }] }),
};

test('a refused history request shows its message and a retry, never "No entries."', async () => {
  const user = await newUser('ref');
  for (let i = 1; i <= 3; i++) {
    await user.post(user.main, 'deposits', `${i}.00`, `Entry ${i}`);
  }
  // The service worker would hide requests from the test's router; the app works the same without it.
  const context = await run.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US', serviceWorkers: 'block' });
  const page = watch(await context.newPage(), problems);
  await logIn(page, user.username);
  let refuse = true;
  await page.route((url) => url.pathname.endsWith('/transactions'), (route) => (refuse ? route.fulfill(refusal) : route.continue()));

  await step(page, '30-history-refused', async () => {
    await page.goto(`${base}/u/${user.username}/accounts/${user.main}`);
    const alert = page.locator('.load-error');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Could not load the history\. The end date must be on or after the start date\./);
    assert.equal(await page.getByText('No entries').count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Load more' }).count(), 0);
    // the chart comes from its own request, and still shows the whole balance
    await page.locator('.chart-host[aria-label*="$6.00 at the end"]').waitFor();
  });

  await step(page, '31-history-after-retry', async () => {
    refuse = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('tbody tr').nth(2).waitFor();
    assert.equal(await page.locator('.load-error').count(), 0);
  });
  await context.close();
});

test('a failed "Load more" says so and keeps the rows loaded', async () => {
  const user = await newUser('more');
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', serviceWorkers: 'block' });
  const page = watch(await context.newPage(), problems);
  await Promise.all(Array.from({ length: 105 }, (_, i) => user.post(user.main, 'deposits', '1.00', `Entry ${i}`)));
  await logIn(page, user.username);
  await page.goto(`${base}/u/${user.username}/accounts/${user.main}`);
  await page.getByRole('button', { name: 'Load more' }).waitFor();
  const more = (url) => url.pathname.endsWith('/transactions') && url.searchParams.has('cursor');
  await page.route(more, (route) => route.abort('connectionrefused'));
  await step(page, '32-load-more-failed', async () => {
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByText('Could not load more entries. The server cannot be reached.').waitFor();
    assert.equal(await page.locator('tbody tr').count(), 100);
  }, { fullPage: false });
  await page.unroute(more);
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByTestId('shown').filter({ hasText: '105 entries shown' }).waitFor();
  await context.close();
});

test('filters are checked before they are sent, at the field', async () => {
  const user = await newUser('flt');
  const context = await run.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  const page = watch(await context.newPage(), problems);
  await logIn(page, user.username);
  await page.goto(`${base}/u/${user.username}/accounts/${user.main}`);
  await page.getByText('No entries yet.').waitFor();
  const sent = [];
  page.on('request', (request) => {
    if (request.url().includes('/transactions?')) {
      sent.push(request.url());
    }
  });
  await step(page, '33-filter-checked', async () => {
    await page.getByText('Filter', { exact: true }).click();
    await page.getByLabel('From', { exact: true }).fill('2026-05-10');
    await page.getByLabel('To', { exact: true }).fill('2026-05-01');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.locator('#filter-to-error').filter({ hasText: 'The end date must be on or after the start date.' }).waitFor();
    assert.deepEqual(sent, []);
  });
  await context.close();
});

test('amounts are read as typed and checked in plain words, in the account\'s currency', async () => {
  const user = await newUser('amt');
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = watch(await context.newPage(), problems);
  await logIn(page, user.username);
  await page.goto(`${base}/u/${user.username}/accounts/${user.main}`);
  const amount = page.locator('#entry-amount');
  const error = page.locator('#entry-amount-error');
  const deposit = page.getByRole('button', { name: 'Deposit', exact: true });

  await amount.fill('12.345');
  await deposit.click();
  assert.equal(await error.textContent(), 'Amounts in USD have at most 2 decimal places.');
  await amount.fill('ten');
  await deposit.click();
  assert.equal(await error.textContent(), 'Enter an amount such as 1,234.56.');
  await amount.fill('1,234.50');
  await deposit.click();
  await page.getByTestId('balance').filter({ hasText: '$1,234.50' }).waitFor();
  await page.getByRole('radio', { name: 'Transfer' }).check();
  await step(page, '34-no-transfer-reason', async () => {
    await page.getByText('Transfers go between your own accounts, and you have no other account yet.').waitFor();
  }, { fullPage: false });
  await context.close();
});

test('a taken username is said at the username field', async () => {
  const user = await newUser('tkn');
  const context = await run.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  const page = watch(await context.newPage(), problems);
  await page.goto(`${base}/register`);
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill('another long enough password');
  await page.getByRole('button', { name: 'Register' }).click();
  await step(page, '35-username-taken', async () => {
    await page.locator('#username-error').filter({ hasText: `The username “${user.username}” is taken. Choose another one.` }).waitFor();
    assert.equal(await page.locator('#username').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('.form-error').count(), 0);
  }, { fullPage: false });
  await context.close();
});
