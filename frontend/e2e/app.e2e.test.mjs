// End-to-end: the real app in headless Chromium against a running Ledger.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { base, logIn, newUser, PASSWORD, step, uniqueName, watch, withBrowser } from './support.mjs';

let context;
const run = withBrowser({
  setUp: async (browser) => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  },
});
const { problems: policyViolations } = run;

test('register, deposit, a refused withdrawal, history, live update in a second page, logout', async () => {
  const username = uniqueName('e2e');
  const page = watch(await context.newPage(), policyViolations);
  const balance = page.getByTestId('balance');
  const amount = page.locator('#entry-amount');

  await step(page, '01-register', async () => {
    await page.goto(`${base}/register`);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Register' }).click();
    await page.waitForURL(`${base}/u/${username}`);
    await page.getByRole('link', { name: /Main/ }).first().waitFor();
    assert.equal(await page.title(), 'Accounts · Ledger');
    await page.getByRole('heading', { name: 'Getting started' }).waitFor();
  });

  await step(page, '02-login-again', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in to Ledger' }).waitFor();
    await page.getByText('You have logged out.').waitFor();
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${base}/u/${username}`);
    await page.getByTestId('live-state').filter({ hasText: 'Live' }).waitFor();
  });

  await step(page, '03-account', async () => {
    await page.locator('.accounts').getByRole('link', { name: /Main/ }).click();
    await page.getByRole('heading', { name: 'Main', level: 1 }).waitFor();
    assert.equal(await balance.textContent(), '$0.00');
    assert.equal(await page.title(), 'Main · Ledger');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moved to the heading');
    await page.getByText('No entries yet.').waitFor();
  });

  await step(page, '04-deposit', async () => {
    await amount.fill('100.00');
    await page.locator('#entry-description').fill('Salary');
    await page.getByRole('button', { name: 'Deposit', exact: true }).click();
    await page.getByTestId('balance').filter({ hasText: '$100.00' }).waitFor();
    await page.getByText('Deposited $100.00. The balance is now $100.00.').waitFor();
    await page.locator('tbody tr.fresh').filter({ hasText: 'Salary' }).waitFor();
  });

  await step(page, '05-withdraw-too-much', async () => {
    await page.getByRole('radio', { name: 'Withdrawal' }).check();
    await amount.fill('150.00');
    await page.getByRole('button', { name: 'Withdraw', exact: true }).click();
    const error = page.locator('#entry-amount-error');
    await error.waitFor();
    assert.match(await error.textContent(), /The balance of \$100\.00 does not cover \$150\.00\./);
    assert.equal(await amount.getAttribute('aria-invalid'), 'true');
    assert.equal(await balance.textContent(), '$100.00');
  });

  await step(page, '06-withdraw', async () => {
    await amount.fill('30.00');
    await page.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await page.getByTestId('balance').filter({ hasText: '$70.00' }).waitFor();
    await page.locator('#entry-amount-error').waitFor({ state: 'detached' });
  });

  await step(page, '07-history', async () => {
    const rows = page.locator('tbody tr');
    await rows.nth(1).waitFor();
    assert.equal(await rows.count(), 2);
    assert.match(await rows.nth(0).textContent(), /Withdrawal.*−\$30\.00.*\$70\.00/);
    assert.match(await rows.nth(1).textContent(), /Deposit.*Salary.*\+\$100\.00.*\$100\.00/);
    await page.locator('.chart-host .u-axis').nth(1).waitFor({ state: 'attached' });
    assert.match(await page.locator('.chart-host').getAttribute('aria-label'), /\$70\.00 at the end, at most \$100\.00/);
  });

  const second = watch(await context.newPage(), policyViolations);
  await step(second, '08-second-page-live', async () => {
    await second.goto(`${base}/u/${username}`);
    await second.getByTestId('live-state').filter({ hasText: 'Live' }).waitFor();
    await second.getByText('$70.00').first().waitFor();
    await page.getByRole('radio', { name: 'Deposit' }).check();
    await amount.fill('5.25');
    await page.getByRole('button', { name: 'Deposit', exact: true }).click();
    const started = Date.now();
    await second.getByText('$75.25').first().waitFor({ timeout: 3000 });
    assert.ok(Date.now() - started < 2000, 'the deposit appeared in the other page within a second or two');
  });

  await step(page, '09-logout', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in to Ledger' }).waitFor();
    await page.goto(`${base}/u/${username}`);
    await page.getByRole('heading', { name: 'Log in to Ledger' }).waitFor();
  });
  await second.close();
  await page.close();

  assert.deepEqual(policyViolations, []);
});

test('another user\'s address shows no data, and a way back', async () => {
  const page = watch(await run.browser.newPage({ locale: 'en-US' }), policyViolations);
  const register = async (name) => {
    const response = await page.request.post(`${base}/api/auth/register`, { data: { username: name, password: PASSWORD } });
    assert.equal(response.status(), 201);
  };
  const owner = uniqueName('own');
  const visitor = uniqueName('vis');
  await register(owner);
  await register(visitor);
  await step(page, '10-other-users-page', async () => {
    await page.goto(`${base}/login`);
    await page.getByLabel('Username').fill(visitor);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${base}/u/${visitor}`);
    await page.goto(`${base}/u/${owner}`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    assert.equal(await page.locator('main').getByText(owner).count(), 0);
    await page.getByRole('link', { name: 'Go to your accounts' }).click();
    await page.waitForURL(`${base}/u/${visitor}`);
    await page.getByRole('heading', { name: 'Accounts' }).waitFor();
  });
  await page.close();
  assert.deepEqual(policyViolations, []);
});

test('an account in any currency, found by its name; totals per currency; text stays text', async () => {
  const user = await newUser('cur');
  const page = watch(await run.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' }), policyViolations);
  await logIn(page, user.username);
  await step(page, '12-any-currency', async () => {
    await page.getByLabel('Name', { exact: true }).fill('Zürich');
    // the form offers the currency of the first account once the accounts are in: type after that
    const currency = page.getByLabel('Currency');
    await currency.elementHandle().then((field) => page.waitForFunction((input) => input.value === 'USD', field));
    await currency.fill('swiss franc');
    await page.getByText('CHF · Swiss Franc').waitFor();
    await page.getByRole('button', { name: 'Open account' }).click();
    await page.getByText('Account “Zürich” opened.').waitFor();
    await page.locator('.accounts .account-currency').filter({ hasText: 'CHF' }).waitFor();
    await page.getByText('Total in Swiss Franc').waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Getting started' }).count(), 0);
  });
  await user.post(user.main, 'deposits', '5.00', '<img src=x onerror="window.pwned=1">');
  await step(page, '13-text-stays-text', async () => {
    await page.goto(`${base}/u/${user.username}/accounts/${user.main}`);
    await page.locator('tbody tr').filter({ hasText: '<img src=x onerror="window.pwned=1">' }).waitFor();
    assert.equal(await page.locator('main img').count(), 0);
    assert.equal(await page.evaluate(() => globalThis.pwned), undefined);
    assert.match(await page.getByRole('link', { name: 'Export CSV' }).getAttribute('download'), /^Main-\d{4}-\d\d-\d\d\.csv$/);
  }, { fullPage: false });
  await page.close();
});

test('phone width keeps the forms usable', async () => {
  const page = watch(await run.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'en-US' }), policyViolations);
  await step(page, '11-phone-login', async () => {
    await page.goto(`${base}/login`);
    const box = await page.getByRole('button', { name: 'Log in' }).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390);
  });
  await page.close();
});
