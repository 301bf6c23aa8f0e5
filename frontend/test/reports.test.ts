import { describe, expect, it } from 'vitest';
import type { CategoryRef } from '../src/api/ledger';
import type { IncomeExpenseReport, NetWorthReport, SpendingReport } from '../src/api/reports';
import {
  chartGroups, checkCustomRange, defaultInterval, firstNonEmpty, groupLabel, netWorthInterval, netWorthPoints,
  OTHER_COLOR, periodLabel, periodRange, rangeDays, stacked, trimIncomeExpense, trimSpending,
} from '../src/views/reports/reportData';

const category = (id: number, name: string, color: string | null = null): CategoryRef =>
  ({ id, name, color });

/** As GET /api/reports/spending answers (contract: issue #14), by month over three months. */
const spending: SpendingReport = {
  from: '2026-09-01', to: '2026-11-30', interval: 'month', groupBy: 'category', weekStartsOn: null,
  periods: [
    { start: '2026-09-01', end: '2026-09-30' }, { start: '2026-10-01', end: '2026-10-31' },
    { start: '2026-11-01', end: '2026-11-30' },
  ],
  currencies: [{
    currency: 'EUR',
    groups: [
      { category: category(1, 'Food', '#2ca02c'), values: ['0.00', '40.00', '60.50'], total: '100.50' },
      { category: category(2, 'Rent'), values: ['0.00', '950.00', '950.00'], total: '1900.00' },
      { category: null, values: ['0.00', '3.20', '0.00'], total: '3.20' },
    ],
    totals: ['0.00', '993.20', '1010.50'],
  }],
};

describe('report ranges', () => {
  it('end today and reach back 30 days, 90 days, a year, or as far as a report may', () => {
    expect(rangeDays('30d', '2026-11-25')).toEqual({ from: '2026-10-27', to: '2026-11-25' });
    expect(rangeDays('90d', '2026-11-25')).toEqual({ from: '2026-08-28', to: '2026-11-25' });
    expect(rangeDays('1y', '2026-11-25')).toEqual({ from: '2025-11-26', to: '2026-11-25' });
    expect(rangeDays('all', '2026-11-25')).toEqual({ from: '2016-11-26', to: '2026-11-25' });
  });

  it('pick weeks for a quarter, months for a year, and years for a long history', () => {
    expect(defaultInterval('30d', '2026-10-27', '2026-11-25')).toBe('week');
    expect(defaultInterval('90d', '2026-08-28', '2026-11-25')).toBe('week');
    expect(defaultInterval('1y', '2025-11-26', '2026-11-25')).toBe('month');
    expect(defaultInterval('all', '2016-11-26', '2026-11-25', '2026-03-01')).toBe('month');
    expect(defaultInterval('all', '2016-11-26', '2026-11-25', '2019-03-01')).toBe('year');
    expect(defaultInterval('custom', '2026-11-01', '2026-11-30')).toBe('week');
    expect(defaultInterval('custom', '2020-01-01', '2026-11-30')).toBe('year');
  });

  it('check a custom range before asking the server', () => {
    expect(checkCustomRange('2026-11-10', '2026-11-01')).toEqual({ to: 'The end date must be on or after the start date.' });
    expect(checkCustomRange('', '')).toEqual({ from: 'Choose the first day.', to: 'Choose the last day.' });
    expect(checkCustomRange('2016-01-01', '2026-01-01')).toHaveProperty('to');
    expect(checkCustomRange('2016-01-02', '2026-01-01')).toEqual({});
  });

  it('show net worth by month when the other reports go by year', () => {
    expect(netWorthInterval('year')).toBe('month');
    expect(netWorthInterval('week')).toBe('week');
  });
});

describe('period labels', () => {
  it('name weeks by their first day, months and years by themselves, whatever the time zone', () => {
    expect(periodLabel({ start: '2026-11-02', end: '2026-11-08' }, 'week')).toBe('Nov 2');
    expect(periodLabel({ start: '2026-11-01', end: '2026-11-30' }, 'month')).toBe('Nov 2026');
    expect(periodLabel({ start: '2026-01-01', end: '2026-12-31' }, 'year')).toBe('2026');
    expect(periodRange({ start: '2026-11-02', end: '2026-11-08' }, 'week')).toMatch(/Nov 2.*8, 2026/);
  });
});

describe('spending chart', () => {
  it('draws the biggest groups in their colours, biggest first, "no category" in grey', () => {
    const groups = chartGroups(spending.currencies[0].groups, 'category', 3);
    expect(groups.map((g) => [g.label, g.total])).toEqual([['Rent', '1900.00'], ['Food', '100.50'], ['No category', '3.20']]);
    expect(groups[1].color).toBe('#2ca02c');
    expect(groups[2].color).toBe(OTHER_COLOR);
  });

  it('puts the smaller groups together as "Other", adding exactly', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({
      payee: `Shop ${i + 1}`, values: [`${i + 1}.10`], total: `${i + 1}.10`,
    }));
    const groups = chartGroups(many, 'payee', 1, 5);
    expect(groups).toHaveLength(6);
    expect(groups[5]).toMatchObject({ label: 'Other (3)', values: ['6.30'], total: '6.30' });
  });

  it('names payee and tag groups, and the entries without one', () => {
    expect(groupLabel({ payee: 'Landlord', values: [], total: '0' }, 'payee')).toBe('Landlord');
    expect(groupLabel({ payee: null, values: [], total: '0' }, 'payee')).toBe('No payee');
    expect(groupLabel({ tag: 'home', values: [], total: '0' }, 'tag')).toBe('#home');
    expect(groupLabel({ tag: null, values: [], total: '0' }, 'tag')).toBe('No tag');
  });

  it('stacks bars as running totals', () => {
    expect(stacked([[1, 2], [10, 20], [100, 200]])).toEqual([[1, 2], [11, 22], [111, 222]]);
  });

  it('leaves out the empty periods before the first spending when showing everything', () => {
    const trimmed = trimSpending(spending, true);
    expect(trimmed.periods.map((p) => p.start)).toEqual(['2026-10-01', '2026-11-01']);
    expect(trimmed.currencies[0].groups[0].values).toEqual(['40.00', '60.50']);
    expect(trimmed.currencies[0].totals).toEqual(['993.20', '1010.50']);
    expect(trimSpending(spending, false)).toBe(spending);
  });
});

describe('income and expense', () => {
  it('are trimmed like spending, net included', () => {
    const report: IncomeExpenseReport = {
      from: '2026-09-01', to: '2026-11-30', interval: 'month', weekStartsOn: null, periods: spending.periods,
      currencies: [{ currency: 'EUR', income: ['0.00', '0.00', '2500.00'], expense: ['0.00', '993.20', '1010.50'],
        net: ['0.00', '-993.20', '1489.50'] }],
    };
    const trimmed = trimIncomeExpense(report, true);
    expect(trimmed.currencies[0].net).toEqual(['-993.20', '1489.50']);
    expect(firstNonEmpty([['0.00', '-1.00']], 2)).toBe(1);
  });
});

describe('net worth', () => {
  /** As GET /api/reports/net-worth?currency=EUR answers (contract: issue #14): one point without a USD rate. */
  const report: NetWorthReport = {
    from: '2026-08-01', to: '2026-11-25', interval: 'month', weekStartsOn: null, currency: 'EUR',
    periods: [
      { start: '2026-08-01', end: '2026-08-31' }, { start: '2026-09-01', end: '2026-09-30' },
      { start: '2026-10-01', end: '2026-10-31' }, { start: '2026-11-01', end: '2026-11-25' },
    ],
    currencies: [{ currency: 'EUR', values: ['0.00', '100.00', '200.00', '300.00'] },
      { currency: 'USD', values: ['0.00', '0.00', '50.00', '50.00'] }],
    converted: { currency: 'EUR', values: ['0.00', '100.00', null, '346.10'], missing: [[], [], ['USD'], []] },
  };

  it('shows a point without a rate as missing, naming the currency, instead of guessing', () => {
    const points = netWorthPoints(report, false);
    expect(points.map((p) => p.value)).toEqual(['0.00', '100.00', null, '346.10']);
    expect(points[2].missing).toEqual(['USD']);
  });

  it('starts at the first point with money when showing everything', () => {
    expect(netWorthPoints(report, true).map((p) => p.period.start)).toEqual(['2026-09-01', '2026-10-01', '2026-11-01']);
  });
});
