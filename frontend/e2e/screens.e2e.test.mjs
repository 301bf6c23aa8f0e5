// Every screen at phone and desktop widths, light and dark: never wider than the screen, accessible,
// titled, and kept as a screenshot to look at.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assertAccessible, assertNoOverflow, base, logIn, newUser, SCHEMES, step, watch, WIDTHS, withBrowser,
} from './support.mjs';

let user;
let savings;
let euros;
const run = withBrowser({
  setUp: async () => {
    user = await newUser('scr');
    savings = await user.open('Savings', 'USD');
    euros = await user.open('Holiday in Portugal', 'EUR');
    const texts = ['Salary', 'Coffee', 'Rent', 'Groceries at the market on Saturday', null];
    for (let i = 0; i < 24; i++) {
      await user.post(user.main, i % 4 === 3 ? 'withdrawals' : 'deposits', `${(i * 37.5 + 5).toFixed(2)}`, texts[i % 5] ?? undefined);
    }
    await user.post(user.main, 'deposits', '1000000.00', `A description of 500 characters: ${'lorem ipsum '.repeat(40)}`.slice(0, 500));
    await user.transfer(user.main, savings, '250.00');
    await user.post(euros, 'deposits', '1234.56', 'Exchange');
  },
});
const { problems } = run;

const screens = () => [
  { name: 'login', path: '/login', title: 'Log in · Ledger', heading: 'Log in to Ledger', loggedIn: false },
  { name: 'register', path: '/register', title: 'Create your account · Ledger', heading: 'Create your Ledger', loggedIn: false },
  { name: 'dashboard', path: `/u/${user.username}`, title: 'Accounts · Ledger', heading: 'Accounts' },
  { name: 'account', path: `/u/${user.username}/accounts/${user.main}`, title: 'Main · Ledger', heading: 'Main' },
  { name: 'account-eur', path: `/u/${user.username}/accounts/${euros}`, title: 'Holiday in Portugal · Ledger', heading: 'Holiday in Portugal' },
  { name: 'account-missing', path: `/u/${user.username}/accounts/999999`, title: 'Account not found · Ledger', heading: 'Account not found' },
  { name: 'security', path: `/u/${user.username}/security`, title: 'Security · Ledger', heading: 'Security' },
  { name: 'not-found', path: `/u/${user.username}/nothing/here`, title: 'Not found · Ledger', heading: 'Not found' },
];

async function settle(page, screen) {
  await page.getByRole('heading', { name: screen.heading, level: 1 }).waitFor();
  if (screen.name.startsWith('account-') || screen.name === 'account') {
    await page.locator('.chart-host .u-over, .load-error, main > p').first().waitFor({ state: 'attached' }).catch(() => {});
  }
  await page.waitForLoadState('networkidle').catch(() => {});
}

for (const scheme of SCHEMES) {
  for (const width of WIDTHS) {
    test(`every screen at ${width} px, ${scheme}`, async () => {
      // CSP bypassed only so that axe-core can be injected; the other tests run under the policy.
      const context = await run.browser.newContext({ viewport: { width, height: 844 }, colorScheme: scheme,
        locale: 'en-US', bypassCSP: true });
      const page = watch(await context.newPage(), problems);
      for (const screen of screens()) {
        if (screen.loggedIn !== false && !page.url().includes('/u/')) {
          await logIn(page, user.username);
        }
        await step(page, `40-${screen.name}-${width}-${scheme}`, async () => {
          await page.goto(`${base}${screen.path}`);
          await settle(page, screen);
          assert.equal(await page.title(), screen.title);
          await assertNoOverflow(page, `${screen.name} at ${width} px`);
          await assertAccessible(page, `${screen.name} at ${width} px, ${scheme}`);
        });
      }
      await context.close();
    });
  }
}

test('long text is shortened to a line, with the whole text a click away', async () => {
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = watch(await context.newPage(), problems);
  await logIn(page, user.username);
  await page.goto(`${base}/u/${user.username}/accounts/${user.main}`);
  await page.locator('tbody tr').nth(20).waitFor();
  const whenHeights = await page.locator('tbody td.when').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().height));
  assert.ok(Math.max(...whenHeights) < 50, `every date takes at most two lines (${Math.max(...whenHeights)} px)`);
  const long = page.locator('tbody tr').filter({ hasText: 'A description of 500 characters' });
  const before = (await long.boundingBox()).height;
  await step(page, '41-long-text', async () => {
    await long.getByRole('button', { name: 'Show all' }).click();
    await long.getByRole('button', { name: 'Show less' }).waitFor();
    assert.ok((await long.boundingBox()).height > before * 2, 'the whole description is shown');
  }, { fullPage: false });
  await context.close();
});

test('the chart has a time axis, a currency axis and a tooltip, and follows the chosen period', async () => {
  const context = await run.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US', hasTouch: true });
  const page = watch(await context.newPage(), problems);
  await logIn(page, user.username);
  await page.goto(`${base}/u/${user.username}/accounts/${user.main}`);
  const chart = page.locator('.chart-host');
  await chart.locator('.u-over').waitFor();
  assert.equal(await chart.locator('.u-axis').count(), 2);
  // the entry form comes first: on a phone the chart may start below the first screen
  await chart.scrollIntoViewIfNeeded();
  const plot = await chart.locator('.u-over').boundingBox();
  const canvas = await chart.locator('canvas').boundingBox();
  assert.ok(canvas.width >= (await chart.boundingBox()).width - 1, 'the chart takes the whole width');
  await step(page, '42-chart-tooltip', async () => {
    await page.mouse.move(plot.x + plot.width - 5, plot.y + plot.height / 2);
    const tip = chart.locator('.chart-tip');
    await tip.waitFor({ state: 'visible' });
    assert.match(await tip.textContent(), /\$\d/);
    await page.touchscreen.tap(plot.x + plot.width / 2, plot.y + plot.height / 2);
    await tip.waitFor({ state: 'visible' });
  }, { fullPage: false });
  const series = page.waitForRequest((r) => r.url().includes('/balance-series?from='));
  await page.getByRole('radio', { name: '30 days' }).check();
  const from = new URL((await series).url()).searchParams.get('from');
  assert.ok(Math.abs(Date.now() - 30 * 86_400_000 - Date.parse(from)) < 3_600_000, `30 days back, not ${from}`);
  await context.close();
});

test('German: every text from the catalogue, numbers and dates in the German way', async () => {
  const context = await run.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' });
  const page = watch(await context.newPage(), problems);
  await page.goto(`${base}/login`);
  await page.getByRole('heading', { name: 'Bei Ledger anmelden' }).waitFor();
  await page.getByLabel('Benutzername').fill(user.username);
  await page.getByLabel('Passwort').fill('a long enough password');
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.waitForURL(`${base}/u/${user.username}`);
  await step(page, '43-german-dashboard', async () => {
    await page.getByRole('heading', { name: 'Konten' }).waitFor();
    await page.getByText('1.234,56 €').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  });
  await step(page, '44-german-account', async () => {
    await page.goto(`${base}/u/${user.username}/accounts/${user.main}`);
    await page.getByRole('heading', { name: 'Neue Buchung' }).waitFor();
    await page.locator('#entry-amount').fill('abc');
    await page.getByRole('button', { name: 'Einzahlen' }).click();
    assert.equal(await page.locator('#entry-amount-error').textContent(), 'Geben Sie einen Betrag wie 1.234,56 ein.');
  });
  await context.close();
});
