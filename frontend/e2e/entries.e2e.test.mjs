// Entries that record real life: the day the money moved, a category made on the spot, payee and tags,
// a reversal with its confirmation, the details and their trail, filters and the search across accounts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assertAccessible, assertNoOverflow, base, logIn, newUser, SCHEMES, step, watch, WIDTHS, withBrowser,
} from './support.mjs';

const run = withBrowser();
const { problems } = run;

/** The day before today in UTC, the time zone of users registered through the API without one. */
function yesterdayUtc() {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

async function seeded(prefix) {
  const user = await newUser(prefix);
  const savings = await user.open('Savings', 'USD');
  const travel = await user.open('Travel', 'EUR');
  const salary = await user.api('POST', '/api/categories', { name: 'Salary', kind: 'income', color: '#2ca02c' }, 201);
  const rent = await user.api('POST', '/api/categories', { name: 'Rent', kind: 'expense', color: '#9467bd' }, 201);
  await user.api('POST', `/api/accounts/${user.main}/deposits`,
    { amount: '2500.00', description: 'November salary', categoryId: salary.id, payee: 'Acme Ltd', tags: ['work'] }, 201);
  await user.api('POST', `/api/accounts/${user.main}/withdrawals`,
    { amount: '950.00', description: 'Rent', categoryId: rent.id, payee: 'Landlord', tags: ['home', 'monthly'] }, 201);
  const wrong = await user.api('POST', `/api/accounts/${user.main}/withdrawals`,
    { amount: '420.00', description: 'Groceries (typo)', payee: 'Market' }, 201);
  await user.transfer(user.main, savings, '300.00');
  await user.api('POST', `/api/accounts/${savings}/withdrawals`, { amount: '12.50', description: 'Coffee beans' }, 201);
  await user.api('POST', `/api/accounts/${travel}/deposits`, { amount: '200.00', description: 'Cash for the trip' }, 201);
  return { user, savings, travel, wrong: wrong.entry.id };
}

test('record yesterday\'s coffee in a new category, reverse a wrong entry, filter by category, search all accounts', async () => {
  const { user, savings, wrong } = await seeded('ent');
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = watch(await context.newPage(), problems);
  await logIn(page, user.username);
  await page.goto(`${base}/u/${user.username}/accounts/${user.main}`);
  await page.getByRole('heading', { name: 'Main', level: 1 }).waitFor();
  const rows = page.locator('tbody tr');

  await step(page, '50-coffee-yesterday-in-food', async () => {
    await page.getByRole('radio', { name: 'Withdrawal' }).check();
    await page.locator('#entry-amount').fill('3.80');
    await page.getByRole('button', { name: 'Yesterday' }).click();
    assert.equal(await page.locator('#entry-date').inputValue(), yesterdayUtc());
    await page.getByLabel('Category (optional)').fill('Food');
    await page.getByRole('button', { name: 'Create category “Food”' }).click();
    await page.getByText('Category “Food” created.').waitFor();
    await page.locator('#entry-description').fill('Coffee');
    await page.getByText('Payee, tags and notes').click();
    await page.getByLabel('Payee (optional)').fill('Corner Café');
    await page.getByLabel('Tags (optional)').fill('coffee, morning');
    await page.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await page.getByText('Withdrew $3.80. The balance is now $826.20.').waitFor();
    const coffee = rows.filter({ hasText: 'Coffee' });
    await coffee.locator(`time[datetime="${yesterdayUtc()}"]`).waitFor();
    assert.match(await coffee.textContent(), /Food.*Corner Café.*#coffee.*#morning.*−\$3\.80/);
    // the form is ready for the next receipt of the same day
    assert.equal(await page.locator('#entry-date').inputValue(), yesterdayUtc());
    assert.equal(await page.locator('#entry-amount').inputValue(), '');
  });

  await step(page, '51-transfer-row-names-the-other-account', async () => {
    const transfer = rows.filter({ hasText: 'Transfer to Savings' });
    assert.match(await transfer.textContent(), /to Savings.*−\$300\.00/);
  }, { fullPage: false });

  const wrongRow = page.locator(`tbody tr[data-entry="${wrong}"]`);
  const dialog = page.getByRole('dialog');
  await step(page, '52-reverse-asks-first', async () => {
    await wrongRow.getByRole('button', { name: 'Groceries (typo)' }).click();
    await dialog.getByRole('heading', { name: 'Groceries (typo)' }).waitFor();
    await dialog.getByText('Recorded.').waitFor();
    await dialog.getByRole('button', { name: 'Reverse entry' }).click();
    await dialog.getByRole('heading', { name: 'Reverse this entry?' }).waitFor();
    await dialog.getByText('An entry of +$420.00 is added that cancels it.').waitFor();
    assert.equal(await page.getByTestId('balance').textContent(), '$826.20', 'nothing happens before the confirmation');
  }, { fullPage: false });

  await step(page, '53-reversed', async () => {
    await dialog.getByRole('button', { name: 'Yes, reverse it' }).click();
    await dialog.getByText('The entry is reversed.').waitFor();
    await dialog.getByText(/This entry was reversed by entry \d+/).waitFor();
    await page.getByTestId('balance').filter({ hasText: '$1,246.20' }).waitFor();
    assert.equal(await dialog.getByRole('button', { name: 'Reverse entry' }).count(), 0, 'an entry is reversed once');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    // the entry and its reversal are one corrected row
    await wrongRow.locator('.badge', { hasText: 'Reversed' }).waitFor();
    assert.equal(await wrongRow.locator('del').count(), 1);
    assert.equal(await rows.filter({ hasText: 'Groceries (typo)' }).count(), 1);
    assert.equal(await rows.filter({ hasText: 'Reversal of entry' }).count(), 0);
  });

  await step(page, '53b-edit-amount', async () => {
    const rent = rows.filter({ hasText: 'Rent' });
    await rent.getByRole('button', { name: 'Rent' }).click();
    await dialog.getByRole('button', { name: 'Edit amount' }).click();
    await dialog.getByLabel('Right amount (USD)').fill('900');
    await dialog.getByRole('button', { name: 'Correct amount' }).click();
    await dialog.getByText('Corrected: $900.00 recorded instead.').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByTestId('balance').filter({ hasText: '$1,296.20' }).waitFor();
    // the wrong amount as one corrected row, the right one as a new entry with the same details
    await rent.filter({ has: page.locator('.badge', { hasText: 'Reversed' }) }).waitFor();
    await rent.filter({ hasText: '−$900.00' }).filter({ hasText: 'Landlord' }).waitFor();
    assert.equal(await rent.count(), 2);
  });

  await step(page, '53c-transfer-to-another-currency-asks-what-arrives', async () => {
    await page.getByRole('radio', { name: 'Transfer' }).check();
    await page.getByLabel('To account').selectOption({ label: 'Travel (EUR)' });
    await page.getByLabel('Amount received (EUR)').waitFor();
    await page.getByLabel('To account').selectOption({ label: 'Savings' });
    assert.equal(await page.getByLabel('Amount received (EUR)').count(), 0);
    await page.getByRole('radio', { name: 'Withdrawal' }).check();
  }, { fullPage: false });

  await step(page, '54-edit-details-and-trail', async () => {
    await rows.filter({ hasText: 'Coffee' }).getByRole('button', { name: 'Coffee' }).click();
    await dialog.getByLabel('Notes').fill('With a croissant');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.getByText('Changes saved.').waitFor();
    const trail = dialog.locator('.trail');
    await trail.getByText('by you').waitFor();
    assert.match(await trail.textContent(), /Notes: nothing → With a croissant/);
  });
  await dialog.getByRole('button', { name: 'Close' }).click();

  await step(page, '55-another-tab-edits-it', async () => {
    const coffee = await page.locator('tbody tr', { hasText: 'Coffee' }).getAttribute('data-entry');
    await user.api('PATCH', `/api/entries/${coffee}`, { payee: 'The Corner Café' }, 200);
    await rows.filter({ hasText: 'The Corner Café' }).waitFor({ timeout: 5000 });
  }, { fullPage: false });

  await step(page, '56-filter-by-category', async () => {
    await page.getByText('Filter', { exact: true }).click();
    await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Food' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Filtered', { exact: true }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    assert.match(await rows.first().textContent(), /Coffee.*Food/);
    await page.getByRole('button', { name: 'Clear' }).click();
    await rows.filter({ hasText: 'November salary' }).waitFor();
  });

  await step(page, '57-search-all-accounts', async () => {
    await page.getByRole('searchbox', { name: 'Search all accounts' }).fill('coffee');
    await page.getByRole('searchbox', { name: 'Search all accounts' }).press('Enter');
    await page.waitForURL(`${base}/u/${user.username}/search?q=coffee`);
    await page.getByRole('heading', { name: 'Search: coffee', level: 1 }).waitFor();
    await page.getByTestId('found').filter({ hasText: '2 entries found' }).waitFor();
    const results = page.locator('.results li');
    assert.match(await results.filter({ hasText: 'Coffee beans' }).textContent(), /Savings/);
    assert.match(await results.filter({ hasText: /^Coffee(?! beans)/ }).textContent(), /Main/);
    await results.filter({ hasText: 'Coffee beans' }).getByRole('link', { name: 'Savings' }).click();
    await page.waitForURL(`${base}/u/${user.username}/accounts/${savings}`);
    await page.getByRole('heading', { name: 'Savings', level: 1 }).waitFor();
  });
  await context.close();
});

test('entries, their details and the search at phone and desktop widths, light and dark', async () => {
  const { user, wrong } = await seeded('ens');
  await user.api('POST', `/api/entries/${wrong}/reversal`, {}, 201);
  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      const context = await run.browser.newContext({ viewport: { width, height: 844 }, colorScheme: scheme,
        locale: 'en-US', bypassCSP: true });
      const page = watch(await context.newPage(), problems);
      await logIn(page, user.username);
      const what = `${width} px, ${scheme}`;
      await step(page, `58-entries-${width}-${scheme}`, async () => {
        await page.goto(`${base}/u/${user.username}/accounts/${user.main}`);
        await page.locator('tbody tr .badge').first().waitFor();
        await page.locator('.chart-host .u-over').waitFor({ state: 'attached' });
        await assertNoOverflow(page, `account with entries at ${what}`);
        await assertAccessible(page, `account with entries at ${what}`);
      });
      await step(page, `59-details-${width}-${scheme}`, async () => {
        await page.locator('tbody tr', { hasText: 'Rent' }).getByRole('button', { name: 'Rent' }).click();
        await page.getByRole('dialog').locator('.trail').getByText('Recorded.').waitFor();
        await assertNoOverflow(page, `details at ${what}`);
        await assertAccessible(page, `details at ${what}`);
      }, { fullPage: false });
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await step(page, `60-search-${width}-${scheme}`, async () => {
        await page.goto(`${base}/u/${user.username}/search?q=e`);
        await page.getByTestId('found').waitFor();
        assert.equal(await page.title(), 'Search: e · Ledger');
        await assertNoOverflow(page, `search at ${what}`);
        await assertAccessible(page, `search at ${what}`);
      });
      await context.close();
    }
  }
});

/** A day relative to today in UTC, the time zone of users registered through the API. */
function dayUtc(offset) {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** The history as the page shows it: each row's entry id and running balance, top down. */
function shownRows(page) {
  return page.locator('table.history tbody tr').evaluateAll((rows) =>
    rows.map((row) => `${row.dataset.entry} ${row.querySelector('td.balance').textContent}`));
}

/** The rows, then the same rows after a reload: what arrived live must already be what the server says. */
async function assertAsReloaded(page, what) {
  const live = await shownRows(page);
  await page.reload();
  await page.locator('table.history tbody tr').first().waitFor();
  await page.waitForFunction((count) => document.querySelectorAll('table.history tbody tr').length === count, live.length);
  assert.deepEqual(await shownRows(page), live, `${what}: the rows and running balances as a reload shows them`);
  return live;
}

async function daysApart(prefix) {
  const user = await newUser(prefix);
  const post = (kind, amount, offset, description) => user.api('POST', `/api/accounts/${user.main}/${kind}`,
    { amount, occurredOn: dayUtc(offset), description }, 201);
  const old = await post('deposits', '100.00', -5, 'Five days ago');
  const older = await post('withdrawals', '10.00', -4, 'Four days ago');
  await post('deposits', '50.00', -1, 'Yesterday');
  await post('withdrawals', '5.00', 0, 'Today');
  return { user, old: old.entry.id, fourDaysAgo: older.entry.id };
}

test('an entry dated three days ago, recorded in another tab, takes its place by day with the balances of a reload', async () => {
  const { user, fourDaysAgo } = await daysApart('bkd');
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const writer = watch(await context.newPage(), problems);
  await logIn(writer, user.username);
  const reader = watch(await context.newPage(), problems);
  for (const page of [writer, reader]) {
    await page.goto(`${base}/u/${user.username}/accounts/${user.main}`);
    await page.locator('table.history tbody tr', { hasText: 'Five days ago' }).waitFor();
  }
  const before = await shownRows(reader);
  assert.deepEqual(before.map((row) => row.split(' ')[1]), ['$135.00', '$140.00', '$90.00', '$100.00']);

  await writer.getByRole('radio', { name: 'Withdrawal' }).check();
  await writer.locator('#entry-amount').fill('7.25');
  await writer.locator('#entry-date').fill(dayUtc(-3));
  await writer.locator('#entry-description').fill('Backdated receipt');
  await writer.getByRole('button', { name: 'Withdraw', exact: true }).click();
  await writer.getByText('Withdrew $7.25. The balance is now $127.75.').waitFor();

  await step(reader, '61-backdated-entry-arrives-live', async () => {
    const row = reader.locator('table.history tbody tr', { hasText: 'Backdated receipt' });
    await row.waitFor({ timeout: 5000 });
    assert.match(await row.getAttribute('class'), /fresh/);
    const rows = await shownRows(reader);
    // after the newer days, before the day it is older than; the newer days' balances now include it
    assert.deepEqual(rows.map((r) => r.split(' ')[1]), ['$127.75', '$132.75', '$82.75', '$90.00', '$100.00']);
    assert.equal(rows[3].split(' ')[0], String(fourDaysAgo));
    await reader.getByTestId('balance').filter({ hasText: '$127.75' }).waitFor();
  });
  await assertAsReloaded(reader, 'the other tab');
  await assertAsReloaded(writer, 'the tab that recorded it');
  await context.close();
});

test('a backdated entry that arrives live at phone and desktop widths, light and dark', async () => {
  const { user } = await daysApart('bks');
  let n = 0;
  for (const scheme of SCHEMES) {
    for (const width of [390, 1280]) {
      const context = await run.browser.newContext({ viewport: { width, height: 844 }, colorScheme: scheme,
        locale: 'en-US', bypassCSP: true });
      const page = watch(await context.newPage(), problems);
      await logIn(page, user.username);
      await page.goto(`${base}/u/${user.username}/accounts/${user.main}`);
      await page.locator('table.history tbody tr', { hasText: 'Five days ago' }).waitFor();
      const what = `${width} px, ${scheme}`;
      const description = `Receipt from the market ${++n}`;
      await step(page, `62-backdated-live-${width}-${scheme}`, async () => {
        await user.api('POST', `/api/accounts/${user.main}/withdrawals`,
          { amount: '2.50', occurredOn: dayUtc(-2), description, payee: 'Market', tags: ['food'] }, 201);
        await page.locator('table.history tbody tr.fresh', { hasText: description }).waitFor({ timeout: 5000 });
        await assertNoOverflow(page, `backdated live entry at ${what}`);
        await assertAccessible(page, `backdated live entry at ${what}`);
      });
      await assertAsReloaded(page, what);
      await context.close();
    }
  }
});

test('under a filter, a backdated entry that arrives live gets the server\'s running balance, and one it hides moves the later ones', async () => {
  const { user } = await daysApart('bkf');
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = watch(await context.newPage(), problems);
  await logIn(page, user.username);
  await page.goto(`${base}/u/${user.username}/accounts/${user.main}`);
  await page.locator('table.history tbody tr', { hasText: 'Five days ago' }).waitFor();
  await page.getByText('Filter', { exact: true }).click();
  await page.locator('#filter-type').selectOption('withdrawal');
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.getByText('Filtered', { exact: true }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('table.history tbody tr').length === 2);
  // the page reloaded with the same filter: the filter is not part of the address, so the API stands in for it
  const reloaded = async () => (await user.api('GET', `/api/accounts/${user.main}/transactions?type=withdrawal`, undefined, 200))
    .items.map((entry) => `${entry.id} $${entry.runningBalance}`);
  const balancesKnown = () => page.waitForFunction(() =>
    [...document.querySelectorAll('table.history td.balance')].every((cell) => cell.textContent.startsWith('$')));

  await user.api('POST', `/api/accounts/${user.main}/withdrawals`,
    { amount: '7.25', occurredOn: dayUtc(-3), description: 'Backdated receipt' }, 201);
  await page.getByTestId('balance').filter({ hasText: '$127.75' }).waitFor();
  await page.locator('table.history tbody tr', { hasText: 'Backdated receipt' }).waitFor();
  await balancesKnown();
  assert.deepEqual(await shownRows(page), await reloaded(), 'a withdrawal three days ago, shown');

  await user.api('POST', `/api/accounts/${user.main}/deposits`,
    { amount: '20.00', occurredOn: dayUtc(-2), description: 'Hidden by the filter' }, 201);
  await page.getByTestId('balance').filter({ hasText: '$147.75' }).waitFor();
  assert.deepEqual(await shownRows(page), await reloaded(), 'a deposit two days ago, hidden');
  assert.deepEqual((await shownRows(page)).map((row) => row.split(' ')[1]), ['$147.75', '$82.75', '$90.00']);
  await context.close();
});
