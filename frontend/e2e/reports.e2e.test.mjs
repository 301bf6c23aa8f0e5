// Where the money goes: the reports (spending, income against expense, net worth), recurring entries and
// budgets, the dashboard's month, and every new screen at phone and desktop widths in light and dark.
// Budgets and net worth come from newer parts of the API: their steps run when the server answers them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assertAccessible, assertNoOverflow, base, logIn, newUser, SCHEMES, shots, step, watch, withBrowser,
} from './support.mjs';

const run = withBrowser();
const { problems } = run;

/** Today in UTC, the time zone of users registered through the API without one. */
const today = () => new Date().toISOString().slice(0, 10);
const dayAfter = (day, days) => new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function seeded(prefix) {
  const user = await newUser(prefix);
  const travel = await user.open('Travel', 'EUR');
  const salary = await user.api('POST', '/api/categories', { name: 'Salary', kind: 'income', color: '#2ca02c' }, 201);
  const rent = await user.api('POST', '/api/categories', { name: 'Rent', kind: 'expense', color: '#9467bd' }, 201);
  const food = await user.api('POST', '/api/categories', { name: 'Food', kind: 'expense', color: '#e8710a' }, 201);
  const books = await user.api('POST', '/api/categories', { name: 'Books', kind: 'expense', color: '#17becf' }, 201);
  await user.api('POST', `/api/accounts/${user.main}/deposits`,
    { amount: '2500.00', description: 'Salary', categoryId: salary.id, payee: 'Acme Ltd' }, 201);
  await user.api('POST', `/api/accounts/${user.main}/withdrawals`,
    { amount: '950.00', description: 'Rent', categoryId: rent.id, payee: 'Landlord', tags: ['home'] }, 201);
  await user.api('POST', `/api/accounts/${user.main}/withdrawals`,
    { amount: '60.50', description: 'Market', categoryId: food.id, payee: 'Market', tags: ['home', 'weekly'] }, 201);
  await user.api('POST', `/api/accounts/${travel}/deposits`, { amount: '300.00', description: 'Cash' }, 201);
  await user.api('POST', `/api/accounts/${travel}/withdrawals`,
    { amount: '42.00', description: 'Dinner in Lisbon', categoryId: food.id, payee: 'Tasca' }, 201);
  return { user, travel, rent, food, books };
}

const section = (page, title) => page.locator('section.report-card').filter({ has: page.getByRole('heading', { name: title, level: 2 }) });

test('reports, recurring entries and budgets, from the dashboard', async () => {
  const { user, books } = await seeded('rep');
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = watch(await context.newPage(), problems);
  await logIn(page, user.username);

  await step(page, '70-dashboard-this-month', async () => {
    const spent = page.locator('.overview-spending');
    await spent.locator('[data-spent="USD"]').waitFor();
    assert.equal(await spent.locator('[data-spent="USD"]').textContent(), '$1,010.50');
    assert.match(await spent.locator('.top-categories').first().textContent(), /Rent.*\$950\.00.*Food.*\$60\.50/);
    assert.equal(await spent.locator('[data-spent="EUR"]').textContent(), '€42.00');
  });

  await step(page, '71-reports', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    await page.waitForFunction(() => document.title === 'Reports · Ledger');
    const spending = section(page, 'Spending');
    await spending.locator('.report-total').waitFor();
    assert.equal(await spending.locator('.report-total').textContent(), 'Spent in this period: $1,010.50');
    await spending.locator('canvas').first().waitFor();
    assert.equal(await page.locator('#report-interval').inputValue(), 'week');
    await spending.getByText('Show as a table').click();
    const table = spending.locator('table');
    assert.deepEqual(await table.locator('thead th').allTextContents(), ['Period', 'Rent', 'Food', 'Total']);
    assert.match(await table.locator('tbody tr').last().textContent(), /Total\$950\.00\$60\.50\$1,010\.50/);

    const money = section(page, 'Income and expense');
    await money.locator('.report-figures').waitFor();
    assert.match(await money.locator('.report-figures').textContent(), /Income\$2,500\.00Expense\$1,010\.50/);
    await money.getByText('Show as a table').click();
    assert.deepEqual(await money.locator('thead th').allTextContents(), ['Period', 'Income', 'Expense', 'Net']);
  });

  await step(page, '72-reports-year-eur', async () => {
    await page.getByRole('radio', { name: '1 year' }).check();
    await page.waitForFunction(() => document.querySelector('#report-interval')?.value === 'month');
    await page.locator('#report-currency').selectOption('EUR');
    const spending = section(page, 'Spending');
    await spending.getByText('Spent in this period: €42.00').waitFor();
    await section(page, 'Income and expense').locator('.report-figures dd.in', { hasText: '€300.00' }).waitFor();
    await page.locator('#report-interval').selectOption('year');
    await spending.locator('canvas').first().waitFor();
  });

  await step(page, '73-reports-custom-range', async () => {
    await page.getByRole('radio', { name: 'Custom' }).check();
    await page.locator('#report-from').fill(today());
    await page.locator('#report-to').fill(dayAfter(today(), -3));
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('The end date must be on or after the start date.').waitFor();
    await page.locator('#report-from').fill(dayAfter(today(), -6));
    await page.locator('#report-to').fill(today());
    await page.getByRole('button', { name: 'Show' }).click();
    await page.locator('#report-currency').selectOption('USD');
    await section(page, 'Spending').getByText('Spent in this period: $1,010.50').waitFor();
  });

  await step(page, '74-reports-by-payee-and-tag', async () => {
    const spending = section(page, 'Spending');
    await spending.getByRole('radio', { name: 'Payee' }).check();
    await spending.locator('.legend').getByText('Landlord').waitFor();
    await spending.getByRole('radio', { name: 'Tag' }).check();
    await spending.locator('.legend').getByText('#home').waitFor();
    await spending.getByText('An entry with several tags counts under each of them').waitFor();
    await spending.getByRole('radio', { name: 'Category' }).check();
  });

  await step(page, '75-reports-net-worth', async () => {
    await page.getByRole('radio', { name: '90 days' }).check();
    const worth = section(page, 'Net worth');
    await worth.locator('.report-total').waitFor();
    assert.equal(await worth.locator('[role="alert"]').count(), 0);
    await worth.getByText('Show as a table').click();
    assert.ok(await worth.locator('tbody tr').count() >= 1);
    // there are no exchange rates: the EUR account cannot be converted to USD, and the app says so
    await worth.getByTestId('missing-rates').waitFor();
    assert.match(await worth.locator('tbody').textContent(), /No rate \(EUR\)/);
  });

  await step(page, '76-recurring', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Recurring' }).click();
    await page.getByRole('heading', { name: 'Recurring entries', level: 1 }).waitFor();
    await page.getByText('No recurring entries yet. Add one below.').waitFor();
    await page.getByRole('radio', { name: 'Withdrawal' }).check();
    await page.locator('#recurring-new-accountId').selectOption({ label: 'Main (USD)' });
    await page.locator('#recurring-new-amount').fill('9.99');
    await page.locator('#recurring-new-description').fill('Streaming');
    await page.locator('#recurring-new-categoryId').selectOption({ label: 'Books' });
    await page.locator('#recurring-new-payee').fill('Flix');
    await page.locator('#recurring-new-every').selectOption('month');
    await page.locator('#recurring-new-startOn').fill(dayAfter(today(), 1));
    await page.locator('#recurring-new-end').selectOption('after');
    await page.locator('#recurring-new-count').fill('12');
    await page.getByRole('button', { name: 'Add recurring entry' }).click();
    await page.getByText('Recurring entry “Streaming” added.').waitFor();
    const item = page.locator('.recurring-item').filter({ hasText: 'Streaming' });
    assert.match(await item.locator('.recurring-head').textContent(), /Streaming−\$9\.99/);
    assert.match(await item.locator('.meta').textContent(), /Every month on day \d+.*12 times in all.*Main.*Flix/);
    await item.locator('.dates time').nth(2).waitFor();
    assert.equal(await item.locator('.dates time').first().getAttribute('datetime'), dayAfter(today(), 1));
  });

  await step(page, '77-recurring-paused-edited', async () => {
    const item = page.locator('.recurring-item').filter({ hasText: 'Streaming' });
    await item.getByRole('button', { name: 'Pause Streaming' }).click();
    await item.getByText('Paused', { exact: true }).waitFor();
    await item.getByText('paused, nothing is posted').waitFor();
    await item.getByRole('button', { name: 'Resume Streaming' }).click();
    await item.locator('.dates time').first().waitFor();
    await item.getByRole('button', { name: 'Edit Streaming' }).click();
    await page.locator('[id$="-amount"]').first().fill('12.99');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Recurring entry “Streaming” saved.').waitFor();
    assert.match(await item.locator('.recurring-head').textContent(), /−\$12\.99/);
  });

  await step(page, '78-recurring-deleted', async () => {
    const item = page.locator('.recurring-item').filter({ hasText: 'Streaming' });
    await item.getByRole('button', { name: 'Delete Streaming' }).click();
    await page.getByRole('button', { name: 'Delete recurring entry' }).click();
    await page.getByText('“Streaming” deleted.').waitFor();
    assert.equal(await page.locator('.recurring-item').count(), 0);
  });

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Budgets' }).click();
  await page.getByRole('heading', { name: 'Budgets', level: 1 }).waitFor();
  await step(page, '79-budgets', async () => {
    await page.getByText('No budgets yet.').waitFor();
    const form = page.locator('.new-budget');
    await form.getByLabel('Category').selectOption({ label: 'Food' });
    await form.getByLabel('Limit per month').fill('50');
    await form.getByRole('button', { name: 'Set budget' }).click();
    await page.getByText('Budget for Food set.').waitFor();
    const food = page.locator('.budget').filter({ hasText: 'Food' });
    assert.match(await food.textContent(), /\$60\.50 of \$50\.00/);
    await food.getByText('⚠ Over budget by $10.50').waitFor();

    await form.getByLabel('Category').selectOption({ label: 'Rent' });
    await form.getByLabel('Limit per month').fill('1,000');
    await form.getByRole('button', { name: 'Set budget' }).click();
    const rent = page.locator('.budget').filter({ hasText: 'Rent' });
    await rent.getByText('$50.00 left · 95% used').waitFor();
    await rent.getByRole('button', { name: 'Edit the budget for Rent' }).click();
    await rent.getByLabel('Limit per month').fill('2000');
    await rent.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Budget for Rent saved.').waitFor();
    await page.locator('.budget').filter({ hasText: 'Rent' }).getByText('$1,050.00 left').waitFor();
  });

  await step(page, '79a-budgets-live-notice', async () => {
    const form = page.locator('.new-budget');
    await form.getByLabel('Category').selectOption({ label: 'Books' });
    await form.getByLabel('Limit per month').fill('100');
    await form.getByRole('button', { name: 'Set budget' }).click();
    await page.getByText('Budget for Books set.').waitFor();
    await user.api('POST', `/api/accounts/${user.main}/withdrawals`,
      { amount: '85.00', description: 'Novels', categoryId: books.id }, 201);
    const notices = page.getByTestId('live-notices');
    await notices.getByText(/^Books reached 80% of its budget for \w+: \$85\.00 of \$100\.00\./).waitFor({ timeout: 10_000 });
    await page.locator('.budget').filter({ hasText: 'Books' }).getByText('$15.00 left · 85% used').waitFor();
    await page.screenshot({ path: `${shots}/79a-budgets-live-notice-shown.png` });
    while (await notices.locator('.live-notice').count() > 0) {
      await notices.getByRole('button', { name: 'Dismiss' }).first().click();
    }
  });

  await step(page, '79b-budgets-previous-month', async () => {
    await page.getByRole('button', { name: /^Previous month/ }).click();
    await page.getByRole('button', { name: 'Back to this month' }).waitFor();
    const food = page.locator('.budget').filter({ hasText: 'Food' });
    await food.getByText('$0.00 of $50.00').waitFor();
    await page.getByRole('button', { name: 'Back to this month' }).click();
    await page.locator('.budget').filter({ hasText: 'Food' }).getByRole('button', { name: 'Delete the budget for Food' }).click();
    await page.getByRole('button', { name: 'Delete budget' }).click();
    await page.getByText('Budget for Food deleted.').waitFor();
  });

  await step(page, '79c-dashboard-budgets', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
    const budgets = page.locator('.overview-budgets');
    await budgets.locator('.budget').filter({ hasText: 'Rent' }).waitFor();
    assert.match(await budgets.textContent(), /Books.*\$85\.00 of \$100\.00/);
  });
  await context.close();
});

for (const scheme of SCHEMES) {
  for (const width of [390, 1280]) {
    test(`the new screens at ${width} px, ${scheme}`, async () => {
      const { user } = await seeded('rsc');
      await user.api('POST', '/api/recurring', {
        accountId: user.main, type: 'withdrawal', amount: '950.00', description: 'Rent',
        schedule: { every: 'month', interval: 1 }, startOn: dayAfter(today(), 3),
      }, 201);
      await user.api('POST', '/api/recurring', {
        accountId: user.main, type: 'deposit', amount: '2500.00', description: 'Salary with a long description to see it wrap',
        schedule: { every: 'week', interval: 2 }, startOn: dayAfter(today(), 1), count: 10,
      }, 201);
      const categories = await user.api('GET', '/api/categories', undefined, 200);
      const id = (name) => categories.find((c) => c.name === name).id;
      await user.api('POST', '/api/budgets', { categoryId: id('Food'), amount: '50.00', currency: 'USD', period: 'month' }, 201);
      await user.api('POST', '/api/budgets', { categoryId: id('Rent'), amount: '1000.00', currency: 'USD', period: 'month' }, 201);
      await user.api('POST', '/api/budgets', { categoryId: id('Books'), amount: '100.00', currency: 'USD', period: 'month' }, 201);
      const context = await run.browser.newContext({ viewport: { width, height: 844 }, colorScheme: scheme,
        locale: 'en-US', bypassCSP: true });
      const page = watch(await context.newPage(), problems);
      await logIn(page, user.username);
      const screens = [
        { name: 'dashboard', path: '', heading: 'Accounts', ready: '.overview-spending [data-spent="USD"]' },
        { name: 'reports', path: '/reports', heading: 'Reports', ready: '.report-card canvas' },
        { name: 'budgets', path: '/budgets', heading: 'Budgets', ready: '.budget' },
        { name: 'recurring', path: '/recurring', heading: 'Recurring entries', ready: '.dates time' },
      ];
      for (const screen of screens) {
        await step(page, `45-${screen.name}-${width}-${scheme}`, async () => {
          await page.goto(`${base}/u/${user.username}${screen.path}`);
          await page.getByRole('heading', { name: screen.heading, level: 1 }).waitFor();
          await page.locator(screen.ready).first().waitFor();
          if (screen.name === 'reports') {
            for (const toggle of await page.getByText('Show as a table').all()) {
              await toggle.click();
            }
          }
          await page.waitForTimeout(300);
          await assertNoOverflow(page, `${screen.name} at ${width} px`);
          await assertAccessible(page, `${screen.name} at ${width} px, ${scheme}`);
        });
      }
      await context.close();
    });
  }
}
