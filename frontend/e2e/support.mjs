// Shared by the browser tests: the browser, users and entries made through the API, screenshots, checks.
// LEDGER_URL, CHROMIUM_PATH and SCREENSHOT_DIR come from the runner (WebAppE2EIT).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const base = process.env.LEDGER_URL ?? 'http://localhost:8080';
export const shots = process.env.SCREENSHOT_DIR ?? 'e2e-screenshots';
export const PASSWORD = 'a long enough password';
export const WIDTHS = [320, 390, 1280];
export const SCHEMES = ['light', 'dark'];
mkdirSync(shots, { recursive: true });

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const lock = join(tmpdir(), `ledger-e2e-${new URL(base).port || '80'}.lock`);

/**
 * The test files run as separate processes, by default several at once. They take turns, so that the
 * timing measurements of one are not disturbed by the browsers of another.
 */
export async function takeTurn() {
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch {
      // a turn left over by a run that was killed is given up after ten minutes
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 600_000) {
        endTurn();
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

export function endTurn() {
  rmSync(lock, { recursive: true, force: true });
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/**
 * The browser of one test file. Before its tests: wait for this file's turn, start Chromium, then run
 * `setUp(browser)` if given. After them: run `tearDown()` if given, close Chromium, give up the turn, and check
 * that no page `watch`ed with `problems` broke the Content-Security-Policy or threw.
 */
export function withBrowser({ setUp, tearDown } = {}) {
  const run = { browser: undefined, problems: [] };
  before(async () => {
    await takeTurn();
    run.browser = await launch();
    await setUp?.(run.browser);
  });
  after(async () => {
    try {
      await tearDown?.();
    } finally {
      await run.browser?.close();
      endTurn();
    }
    assert.deepEqual(run.problems, []);
  });
  return run;
}

/** Collects Content-Security-Policy refusals and script errors of a page; both must stay empty. */
export function watch(page, problems) {
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) {
      problems.push(message.text());
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return page;
}

export async function step(page, name, action, { fullPage = true } = {}) {
  try {
    await action();
    await page.screenshot({ path: `${shots}/${name}.png`, fullPage });
  } catch (error) {
    await page.screenshot({ path: `${shots}/FAILED-${name}.png`, fullPage: true }).catch(() => {});
    throw error;
  }
}

export function uniqueName(prefix) {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

async function call(method, path, { token, body, expect } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (expect !== undefined) {
    assert.equal(response.status, expect, `${method} ${path}: ${text}`);
  }
  return text ? JSON.parse(text) : undefined;
}

/** A new user with a bearer token for seeding data; the browser logs in on its own. */
export async function newUser(prefix = 'e2e') {
  const username = uniqueName(prefix);
  await call('POST', '/api/auth/register', { body: { username, password: PASSWORD }, expect: 201 });
  const { token } = await call('POST', '/api/auth/login', { body: { username, password: PASSWORD }, expect: 200 });
  const accounts = await call('GET', '/api/accounts', { token, expect: 200 });
  return {
    username,
    token,
    main: accounts[0].id,
    open: async (name, currency) => (await call('POST', '/api/accounts', { token, body: { name, currency }, expect: 201 })).id,
    post: (account, kind, amount, description) => call('POST', `/api/accounts/${account}/${kind}`,
      { token, body: { amount, description }, expect: 201 }),
    transfer: (from, to, amount) => call('POST', '/api/transfers',
      { token, body: { fromAccountId: from, toAccountId: to, amount }, expect: 201 }),
    logout: () => call('POST', '/api/auth/logout', { token, expect: 204 }),
    /** Any API call as this user, e.g. `api('POST', '/api/categories', { name, kind }, 201)`. */
    api: (method, path, body, expect) => call(method, path, { token, body, expect }),
  };
}

/** Many deposits at once, a few at a time in parallel. */
export async function seed(user, account, count, parallel = 48) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      await user.post(account, 'deposits', `${(i % 97) + 1}.${String(i % 100).padStart(2, '0')}`, `Seeded entry ${i + 1}`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

export async function logIn(page, username) {
  await page.goto(`${base}/login`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(`${base}/u/${username}`);
}

/** The page is never wider than the screen: nothing to scroll sideways, nothing zoomed out. */
export async function assertNoOverflow(page, what) {
  const { scrollWidth, innerWidth } = await page.evaluate(() =>
    ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));
  assert.ok(scrollWidth <= innerWidth, `${what}: the page is ${scrollWidth} px wide on a ${innerWidth} px screen`);
}

/** axe-core's accessibility rules on the page as it is; the page's CSP is bypassed to inject axe only. */
export async function assertAccessible(page, what) {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => (await globalThis.axe.run(document, {
    resultTypes: ['violations'],
  })).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`));
  assert.deepEqual(violations, [], `${what}: accessibility violations`);
}

const axeSource = readFileSync(axePath, 'utf8');

/**
 * axe-core's rules on the page as it is, evaluated through the DevTools protocol, which the page's
 * Content-Security-Policy does not govern: for flows that keep the policy on throughout.
 */
export async function assertAccessibleUnderCsp(page, what) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await globalThis.axe.run(document, {
    resultTypes: ['violations'],
  })).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`));
  assert.deepEqual(violations, [], `${what}: accessibility violations`);
}

/**
 * The state on screen at a phone's and a desktop's width, light and dark: no overflow, axe-clean (with the
 * page's policy on), a screenshot each; back to a light phone screen afterwards.
 */
export async function captureUnderCsp(page, name) {
  for (const width of [390, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      await page.setViewportSize({ width, height: 844 });
      await page.emulateMedia({ colorScheme });
      await assertNoOverflow(page, `${name} at ${width} px`);
      await assertAccessibleUnderCsp(page, `${name} at ${width} px, ${colorScheme}`);
      await page.screenshot({ path: `${shots}/${name}-${width}-${colorScheme}.png`, fullPage: true });
    }
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'light' });
}
