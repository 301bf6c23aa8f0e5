import type {
  GroupBy, IncomeExpenseReport, Interval, NetWorthInterval, NetWorthReport, Period, SpendingGroup, SpendingReport,
} from '../../api/reports';
import { addDays } from '../../dates';
import { compare, isZero, sum } from '../../decimal';
import { t } from '../../i18n';
import { PALETTE } from '../entries/CategoryPicker';

export type RangeChoice = '30d' | '90d' | '1y' | 'all' | 'custom';

export const RANGE_CHOICES: RangeChoice[] = ['30d', '90d', '1y', 'all', 'custom'];

/** The longest range the server reports on, in years (ReportQuery.MAX_YEARS). */
export const MAX_YEARS = 10;

/**
 * The days a range covers, both included, ending today in the user's time zone. "All" is the longest range a
 * report may cover; the periods before the first money moved are left out once the answer is there.
 */
export function rangeDays(range: Exclude<RangeChoice, 'custom'>, today: string): { from: string; to: string } {
  switch (range) {
    case '30d':
      return { from: addDays(today, -29), to: today };
    case '90d':
      return { from: addDays(today, -89), to: today };
    case '1y':
      return { from: addDays(today, 1, -1), to: today };
    default:
      return { from: addDays(today, 1, -MAX_YEARS), to: today };
  }
}

/** What is wrong with a custom range, by field, before anything is sent. */
export function checkCustomRange(from: string, to: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!from) {
    errors.from = t('reports.error.from');
  }
  if (!to) {
    errors.to = t('reports.error.to');
  }
  if (from && to) {
    if (to < from) {
      errors.to = t('error.dateOrder');
    } else if (to >= addDays(from, 0, MAX_YEARS)) {
      errors.to = t('reports.error.tooLong', { years: MAX_YEARS });
    }
  }
  return errors;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * The period of each value that suits a range: weeks for up to about a quarter, months for up to three years,
 * years beyond. For "all", `firstDay` (when the oldest account was opened) tells how long the history is.
 */
export function defaultInterval(range: RangeChoice, from: string, to: string, firstDay?: string): Interval {
  if (range === '30d' || range === '90d') {
    return 'week';
  }
  if (range === '1y') {
    return 'month';
  }
  const start = range === 'all' && firstDay && firstDay > from ? firstDay : from;
  const days = daysBetween(start, to);
  return days <= 120 ? 'week' : days <= 3 * 366 ? 'month' : 'year';
}

/** Net worth comes per day, week or month: a yearly report shows it by month. */
export function netWorthInterval(interval: Interval): NetWorthInterval {
  return interval === 'week' ? 'week' : 'month';
}

const labelFormats = new Map<string, Intl.DateTimeFormat>();

function dayOf(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date, 12));
}

function labelFormat(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = labelFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
    labelFormats.set(key, format);
  }
  return format;
}

/** A period as a short label: "Nov 3" for a week (its first day), "Nov 2026" for a month, "2026" for a year. */
export function periodLabel(period: Period, interval: Interval | NetWorthInterval): string {
  const start = dayOf(period.start);
  switch (interval) {
    case 'year':
      return labelFormat('year', { year: 'numeric' }).format(start);
    case 'month':
      return labelFormat('month', { month: 'short', year: 'numeric' }).format(start);
    default:
      return labelFormat('day', { month: 'short', day: 'numeric' }).format(start);
  }
}

/** The whole period, for a table row or a tooltip: "Nov 3 – Nov 9, 2026". */
export function periodRange(period: Period, interval: Interval | NetWorthInterval): string {
  if (interval === 'month' || interval === 'year') {
    return periodLabel(period, interval);
  }
  const format = labelFormat('full', { month: 'short', day: 'numeric', year: 'numeric' });
  return period.start === period.end ? format.format(dayOf(period.start))
    : format.formatRange(dayOf(period.start), dayOf(period.end));
}

/** The index of the first period with any value other than zero (0 when there is none). */
export function firstNonEmpty(rows: readonly (readonly (string | null)[])[], periods: number): number {
  for (let i = 0; i < periods; i++) {
    if (rows.some((values) => values[i] !== null && values[i] !== undefined && !isZero(values[i]!.replace('-', '')))) {
      return i;
    }
  }
  return 0;
}

/** How a group of spending is named: its category, payee or tag, or what stands for none. */
export function groupLabel(group: SpendingGroup, groupBy: GroupBy): string {
  switch (groupBy) {
    case 'payee':
      return group.payee ?? t('reports.noPayee');
    case 'tag':
      return group.tag ? `#${group.tag}` : t('reports.noTag');
    default:
      return group.category?.name ?? t('reports.noCategory');
  }
}

export interface ChartGroup {
  label: string;
  color: string;
  values: string[];
  total: string;
}

/** The colour "other" and "none" groups are drawn in: the muted grey of the palette. */
export const OTHER_COLOR = '#7f7f7f';

/**
 * The groups to draw, biggest first: the `keep` biggest on their own, the rest together as "Other", so that a
 * phone's bars stay readable. The table shows every group.
 */
export function chartGroups(groups: readonly SpendingGroup[], groupBy: GroupBy, periods: number, keep = 5): ChartGroup[] {
  const sorted = [...groups].filter((g) => !isZero(g.total)).sort((a, b) => compare(b.total, a.total));
  const colors = PALETTE.filter((c) => c !== OTHER_COLOR);
  const shown = sorted.length > keep + 1 ? sorted.slice(0, keep) : sorted;
  const rest = sorted.slice(shown.length);
  const result: ChartGroup[] = shown.map((group, i) => ({
    label: groupLabel(group, groupBy),
    color: (groupBy === 'category' && group.category?.color) || (isNone(group, groupBy) ? OTHER_COLOR
      : colors[i % colors.length]),
    values: group.values,
    total: group.total,
  }));
  if (rest.length > 0) {
    result.push({
      label: t('reports.other', { count: rest.length }),
      color: OTHER_COLOR,
      values: Array.from({ length: periods }, (_, i) => sum(rest.map((g) => g.values[i] ?? '0'))),
      total: sum(rest.map((g) => g.total)),
    });
  }
  return result;
}

function isNone(group: SpendingGroup, groupBy: GroupBy): boolean {
  return groupBy === 'category' ? !group.category : groupBy === 'payee' ? !group.payee : !group.tag;
}

/** Bars stacked by drawing running totals from the top down: series i reaches the sum of groups 0..i. */
export function stacked(values: readonly (readonly number[])[]): number[][] {
  const result: number[][] = [];
  values.forEach((row, i) => {
    result.push(row.map((value, p) => value + (i > 0 ? result[i - 1][p] : 0)));
  });
  return result;
}

/** A spending report in one currency, from the first period with spending on when `trim` is asked for. */
export function trimSpending(report: SpendingReport, trim: boolean): SpendingReport {
  if (!trim) {
    return report;
  }
  const start = firstNonEmpty(report.currencies.map((c) => c.totals), report.periods.length);
  return start === 0 ? report : {
    ...report,
    periods: report.periods.slice(start),
    currencies: report.currencies.map((c) => ({
      ...c,
      totals: c.totals.slice(start),
      groups: c.groups.map((g) => ({ ...g, values: g.values.slice(start) })),
    })),
  };
}

export function trimIncomeExpense(report: IncomeExpenseReport, trim: boolean): IncomeExpenseReport {
  if (!trim) {
    return report;
  }
  const start = firstNonEmpty(report.currencies.flatMap((c) => [c.income, c.expense]), report.periods.length);
  return start === 0 ? report : {
    ...report,
    periods: report.periods.slice(start),
    currencies: report.currencies.map((c) => ({
      ...c, income: c.income.slice(start), expense: c.expense.slice(start), net: c.net.slice(start),
    })),
  };
}

export interface NetWorthPoint {
  period: Period;
  /** The converted total, or null where a rate was missing. */
  value: string | null;
  /** The currencies without a rate on the period's last day. */
  missing: string[];
}

/** The points of the net worth line in the chosen currency, honest about the ones no rate could convert. */
export function netWorthPoints(report: NetWorthReport, trim: boolean): NetWorthPoint[] {
  const converted = report.converted;
  const points: NetWorthPoint[] = report.periods.map((period, i) => {
    if (converted) {
      return { period, value: converted.values[i] ?? null, missing: converted.missing[i] ?? [] };
    }
    const only = report.currencies.find((c) => c.currency === report.currency) ?? report.currencies[0];
    return { period, value: only?.values[i] ?? null, missing: [] };
  });
  if (!trim) {
    return points;
  }
  const start = points.findIndex((p) => p.value === null || !isZero(p.value.replace('-', '')));
  return start <= 0 ? points : points.slice(start);
}
