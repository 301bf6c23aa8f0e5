import type { CategoryRef } from './ledger';
import { request } from './http';

export type Interval = 'week' | 'month' | 'year';
export type GroupBy = 'category' | 'payee' | 'tag';

export interface Period {
  start: string;
  end: string;
}

/** One group of a spending report: only the field of the chosen grouping is present (null = none). */
export interface SpendingGroup {
  category?: CategoryRef | null;
  payee?: string | null;
  tag?: string | null;
  values: string[];
  total: string;
}

export interface SpendingReport {
  from: string;
  to: string;
  interval: Interval;
  groupBy: GroupBy;
  weekStartsOn: string | null;
  periods: Period[];
  currencies: { currency: string; groups: SpendingGroup[]; totals: string[] }[];
}

export interface IncomeExpenseReport {
  from: string;
  to: string;
  interval: Interval;
  weekStartsOn: string | null;
  periods: Period[];
  currencies: { currency: string; income: string[]; expense: string[]; net: string[] }[];
}

export type NetWorthInterval = 'day' | 'week' | 'month';

export interface NetWorthReport {
  from: string;
  to: string;
  interval: NetWorthInterval;
  weekStartsOn: string | null;
  currency: string | null;
  periods: Period[];
  currencies: { currency: string; values: string[] }[];
  /** With a currency asked for: null where some account's currency had no rate on the period's last day. */
  converted: { currency: string; values: (string | null)[]; missing: string[][] } | null;
}

export interface ReportRange {
  from: string;
  to: string;
  interval: Interval;
  currency?: string;
}

function search(params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value) {
      query.set(key, value);
    }
  }
  return `?${query.toString()}`;
}

export const spendingReport = (range: ReportRange, groupBy: GroupBy) =>
  request<SpendingReport>('GET', `/api/reports/spending${search({ ...range, groupBy })}`);

export const incomeExpenseReport = (range: ReportRange) =>
  request<IncomeExpenseReport>('GET', `/api/reports/income-expense${search({ ...range })}`);

export const netWorthReport = (from: string, to: string, interval: NetWorthInterval, currency: string) =>
  request<NetWorthReport>('GET', `/api/reports/net-worth${search({ from, to, interval, currency })}`);
