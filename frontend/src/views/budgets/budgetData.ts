import type { BudgetEvent, BudgetStatus } from '../../api/budgets';
import { compare } from '../../decimal';
import { t } from '../../i18n';
import { formatMoney } from '../../money';

/** The month a number of months after another: shiftMonth("2026-01", -1) is "2025-12". */
export function shiftMonth(month: string, delta: number): string {
  const [year, number] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "November 2026", or "November" with `short`; in the user's language. */
export function monthName(month: string, withYear = true): string {
  const key = withYear ? 'long' : 'name';
  let format = monthFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, withYear ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { month: 'long', timeZone: 'UTC' });
    monthFormats.set(key, format);
  }
  const [year, number] = month.split('-').map(Number);
  return format.format(new Date(Date.UTC(year, number - 1, 15)));
}

let percents: Intl.NumberFormat | undefined;

/** 82.5 → "82.5%" (or "82,5 %"), as the user's locale writes a percentage. */
export function formatPercent(percent: number): string {
  percents ??= new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
  return percents.format(percent / 100);
}

export type BudgetState = 'ok' | 'near' | 'reached' | 'over';

/** How far a budget is used: under 80 %, from 80 %, all of it, or more than all of it. */
export function budgetState(status: Pick<BudgetStatus, 'limit' | 'spent' | 'percent'>): BudgetState {
  const spentVsLimit = compare(status.spent, status.limit);
  if (spentVsLimit > 0) {
    return 'over';
  }
  if (spentVsLimit === 0 && !/^0*\.?0*$/.test(status.limit)) {
    return 'reached';
  }
  return status.percent >= 80 ? 'near' : 'ok';
}

/** The width of a budget's bar, in percent of the track: full, never beyond it. */
export function barWidth(percent: number): number {
  return Math.max(0, Math.min(100, percent));
}

/** The line under a budget's bar, in words: what is left, or by how much it is over. */
export function budgetLine(status: BudgetStatus): string {
  const currency = status.budget.currency;
  const state = budgetState(status);
  if (state === 'over') {
    return t('budgets.over', { amount: formatMoney(status.remaining.replace('-', ''), currency) });
  }
  if (state === 'reached') {
    return t('budgets.reached');
  }
  return t('budgets.left', { amount: formatMoney(status.remaining, currency), percent: formatPercent(status.percent) });
}

/** The notice for a live budget event: "Groceries reached 80 % of its budget for November (…)". */
export function budgetNotice(event: BudgetEvent): string {
  const params = {
    category: event.category.name,
    month: monthName(event.month, false),
    spent: formatMoney(event.spent, event.currency),
    limit: formatMoney(event.limit, event.currency),
    percent: formatPercent(event.threshold),
  };
  return event.threshold >= 100 ? t('budgets.notice.full', params) : t('budgets.notice.near', params);
}
