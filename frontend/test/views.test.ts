import { describe, expect, it } from 'vitest';
import type { Account } from '../src/api/accounts';
import type { Entry } from '../src/api/ledger';
import type { BalanceSeries } from '../src/api/series';
import { csvFileName } from '../src/views/account/AccountPage';
import { rangeStart, withPoint } from '../src/views/account/BalanceChart';
import { type FilterInput, NO_FILTER, toFilter } from '../src/views/account/HistoryFilters';
import { matches, withEntry } from '../src/views/account/history';
import { totalsByCurrency } from '../src/views/dashboard/Dashboard';
import { findCurrency } from '../src/views/dashboard/NewAccountForm';

const entry = (seq: number, extra: Partial<Entry> = {}): Entry => ({
  id: seq * 10, accountId: 1, seq, type: 'deposit', amount: '1.00', balanceAfter: `${seq}.00`, runningBalance: null, currency: 'USD',
  occurredOn: `2026-05-0${Math.min(seq, 9)}`, recordedAt: `2026-05-0${Math.min(seq, 9)}T12:00:00Z`,
  createdAt: `2026-05-0${Math.min(seq, 9)}T12:00:00Z`, description: null, category: null, payee: null, tags: [],
  notes: null, transferId: null, counterpartAccountId: null, reversalOf: null, reversedBy: null, ...extra,
});

describe('withEntry', () => {
  it('puts a new entry in its place, newest first, once', () => {
    const rows = [entry(5), entry(3)];
    expect(withEntry(rows, entry(6), false).map((r) => r.seq)).toEqual([6, 5, 3]);
    expect(withEntry(rows, entry(4), false).map((r) => r.seq)).toEqual([5, 4, 3]);
    expect(withEntry(rows, entry(5), false)).toBe(rows);
  });

  it('leaves an older entry to "Load more" unless everything is loaded', () => {
    const rows = [entry(5), entry(3)];
    expect(withEntry(rows, entry(2), false)).toBe(rows);
    expect(withEntry(rows, entry(2), true).map((r) => r.seq)).toEqual([5, 3, 2]);
  });
});

describe('matches', () => {
  it('judges a live entry by the filter, as the server would', () => {
    const coffee = entry(1, { description: 'Morning Coffee', type: 'withdrawal' });
    expect(matches(coffee, {})).toBe(true);
    expect(matches(coffee, { type: 'deposit' })).toBe(false);
    expect(matches(coffee, { type: 'deposit,withdrawal', q: 'coffee' })).toBe(true);
    expect(matches(coffee, { q: 'tea' })).toBe(false);
    expect(matches(coffee, { from: '2026-05-02' })).toBe(false);
    expect(matches(coffee, { from: '2026-05-01', to: '2026-05-01' })).toBe(true);
    expect(matches(coffee, { to: '2026-04-30' })).toBe(false);
  });
});

describe('toFilter', () => {
  const input = (extra: Partial<FilterInput>): FilterInput => ({ ...NO_FILTER, ...extra });

  it('checks the dates and texts before anything is sent', () => {
    expect(toFilter(input({ from: '2026-05-10', to: '2026-05-01' }))).toEqual({
      errors: { to: 'The end date must be on or after the start date.' },
    });
    expect(toFilter(input({ q: 'x'.repeat(201) }), 200)).toHaveProperty('errors.q');
    expect(toFilter(input({ payee: 'x'.repeat(201) }), 200)).toHaveProperty('errors.payee');
    expect(toFilter(input({ from: '0001-01-01' }))).toEqual({
      errors: { from: 'Choose a day between 1900 and 2199.' },
    });
  });

  it('sends whole days, both included, and the category, tag and payee', () => {
    expect(toFilter(input({ type: 'deposit', from: '2026-05-01', to: '2026-05-01', categoryId: '7', tag: ' #coffee ', payee: ' Café ' })))
      .toEqual({ filter: { type: 'deposit', from: '2026-05-01', to: '2026-05-01', q: undefined, categoryId: 7, tag: 'coffee', payee: 'Café' } });
  });
});

describe('the balance chart', () => {
  const series: BalanceSeries = {
    accountId: 1, currency: 'USD', from: '2026-05-01T00:00:00Z', to: '2026-05-02T00:00:00Z', sampled: false,
    points: [{ at: '2026-05-01T00:00:00Z', balance: '0.00' }, { at: '2026-05-02T00:00:00Z', balance: '5.00' }],
  };

  it('extends the series with a new entry of its account', () => {
    const next = withPoint(series, entry(7, { createdAt: '2026-05-03T00:00:00Z', balanceAfter: '12.00' }));
    expect(next.points.at(-1)).toEqual({ at: '2026-05-03T00:00:00Z', balance: '12.00' });
    expect(next.to).toBe('2026-05-03T00:00:00Z');
    expect(withPoint(series, entry(7, { accountId: 2 }))).toBe(series);
    expect(withPoint(next, entry(7, { createdAt: '2026-05-03T00:00:00Z', balanceAfter: '12.00' }))).toBe(next);
  });

  it('counts ranges back from now', () => {
    const now = Date.parse('2026-05-31T00:00:00Z');
    expect(rangeStart('30d', now)).toBe('2026-05-01T00:00:00.000Z');
    expect(rangeStart('all', now)).toBeUndefined();
  });
});

describe('the dashboard', () => {
  const account = (id: number, currency: string, balance: string): Account =>
    ({ id, name: `A${id}`, currency, balance, createdAt: '' });

  it('adds up the balances of each currency exactly', () => {
    expect(totalsByCurrency([account(1, 'USD', '0.10'), account(2, 'EUR', '5'), account(3, 'USD', '0.20')]))
      .toEqual([{ currency: 'EUR', total: '5', count: 1 }, { currency: 'USD', total: '0.30', count: 2 }]);
  });

  it('finds a currency by code or by a name that fits one', () => {
    const list = [{ code: 'EUR', name: 'Euro', minorDigits: 2 }, { code: 'CHF', name: 'Swiss Franc', minorDigits: 2 },
      { code: 'XOF', name: 'West African CFA Franc', minorDigits: 0 }];
    expect(findCurrency('eur', list)?.code).toBe('EUR');
    expect(findCurrency('euro', list)?.code).toBe('EUR');
    expect(findCurrency('swiss', list)?.code).toBe('CHF');
    expect(findCurrency('franc', list)).toBeUndefined();
    expect(findCurrency('', list)).toBeUndefined();
  });
});

describe('the CSV file name', () => {
  it('is the account name and the date, safe for any file system', () => {
    expect(csvFileName('Main', new Date(2026, 4, 3))).toBe('Main-2026-05-03.csv');
    expect(csvFileName('Bills/2026: "home"', new Date(2026, 0, 9))).toBe('Bills-2026- -home--2026-01-09.csv');
  });
});
