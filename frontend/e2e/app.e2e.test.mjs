// End-to-end: the real app in headless Chromium against a running Ledger.
// LEDGER_URL, CHROMIUM_PATH and SCREENSHOT_DIR come from the runner (WebAppE2EIT).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const base = process.env.LEDGER_URL ?? 'http://localhost:8080';
const shots = process.env.SCREENSHOT_DIR ?? 'e2e-screenshots';
mkdirSync(shots, { recursive: true });

let browser;
let context;
const policyViolations = [];

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
});

after(async () => {
  await browser?.close();
});

function watch(page) {
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) {
      policyViolations.push(message.text());
    }
  });
  return page;
}

async function step(page, name, action) {
  try {
    await action();
    await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
  } catch (error) {
    await page.screenshot({ path: `${shots}/FAILED-${name}.png`, fullPage: true }).catch(() => {});
    throw error;
  }
}

test('register, deposit, a refused withdrawal, history, live update in a second page, logout', async () => {
  const username = `e2e${Date.now().toString(36)}`;
  const password = 'a long enough password';
  const page = watch(await context.newPage());
  const balance = page.getByTestId('balance');

  await step(page, '01-register', async () => {
    await page.goto(`${base}/register`);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Register' }).click();
    await page.waitForURL(`${base}/u/${username}`);
    await page.getByRole('link', { name: /Main/ }).waitFor();
  });

  await step(page, '02-login-again', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in to Ledger' }).waitFor();
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${base}/u/${username}`);
    await page.getByTestId('live-state').filter({ hasText: 'Live' }).waitFor();
  });

  await step(page, '03-account', async () => {
    await page.getByRole('link', { name: /Main/ }).click();
    await page.getByRole('heading', { name: 'Main' }).waitFor();
    assert.equal(await balance.textContent(), '$0.00');
  });

  await step(page, '04-deposit', async () => {
    await page.getByLabel('Amount (USD)').first().fill('100.00');
    await page.locator('#deposit-description').fill('Salary');
    await page.getByRole('button', { name: 'Deposit' }).click();
    await page.getByTestId('balance').filter({ hasText: '$100.00' }).waitFor();
  });

  await step(page, '05-withdraw-too-much', async () => {
    await page.locator('#withdrawal-amount').fill('150.00');
    await page.getByRole('button', { name: 'Withdraw' }).click();
    const error = page.locator('#withdrawal-amount-error');
    await error.waitFor();
    assert.match(await error.textContent(), /does not cover 150\.00 USD/);
    assert.equal(await page.locator('#withdrawal-amount').getAttribute('aria-invalid'), 'true');
    assert.equal(await balance.textContent(), '$100.00');
  });

  await step(page, '06-withdraw', async () => {
    await page.locator('#withdrawal-amount').fill('30.00');
    await page.getByRole('button', { name: 'Withdraw' }).click();
    await page.getByTestId('balance').filter({ hasText: '$70.00' }).waitFor();
    await page.locator('#withdrawal-amount-error').waitFor({ state: 'detached' });
  });

  await step(page, '07-history', async () => {
    const rows = page.locator('tbody tr');
    await rows.nth(1).waitFor();
    assert.equal(await rows.count(), 2);
    assert.match(await rows.nth(0).textContent(), /Withdrawal.*−\$30\.00.*\$70\.00/);
    assert.match(await rows.nth(1).textContent(), /Deposit.*Salary.*\+\$100\.00.*\$100\.00/);
    assert.ok(await page.locator('figure.chart svg polyline').count() === 1);
  });

  const second = watch(await context.newPage());
  await step(second, '08-second-page-live', async () => {
    await second.goto(`${base}/u/${username}`);
    await second.getByTestId('live-state').filter({ hasText: 'Live' }).waitFor();
    await second.getByText('$70.00').waitFor();
    await page.locator('#deposit-amount').fill('5.25');
    await page.getByRole('button', { name: 'Deposit' }).click();
    const started = Date.now();
    await second.getByText('$75.25').waitFor({ timeout: 3000 });
    assert.ok(Date.now() - started < 2000, 'the deposit appeared in the other page within a second or two');
  });

  await step(page, '09-logout', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in to Ledger' }).waitFor();
    await page.goto(`${base}/u/${username}`);
    await page.getByRole('heading', { name: 'Log in to Ledger' }).waitFor();
  });

  assert.deepEqual(policyViolations, []);
});

test('another user\'s address shows no data', async () => {
  const page = watch(await browser.newPage({ locale: 'en-US' }));
  const register = async (name) => {
    const response = await page.request.post(`${base}/api/auth/register`,
      { data: { username: name, password: 'a long enough password' } });
    assert.equal(response.status(), 201);
  };
  const owner = `own${Date.now().toString(36)}`;
  const visitor = `vis${Date.now().toString(36)}`;
  await register(owner);
  await register(visitor);
  await step(page, '10-other-users-page', async () => {
    await page.goto(`${base}/login`);
    await page.getByLabel('Username').fill(visitor);
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${base}/u/${visitor}`);
    await page.goto(`${base}/u/${owner}`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
  });
  await page.close();
});

test('phone width keeps the forms usable', async () => {
  const page = watch(await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'en-US' }));
  await step(page, '11-phone-login', async () => {
    await page.goto(`${base}/login`);
    const box = await page.getByRole('button', { name: 'Log in' }).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390);
  });
  await page.close();
});
