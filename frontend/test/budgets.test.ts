import { describe, expect, it } from 'vitest';
import type { BudgetEvent, BudgetStatus } from '../src/api/budgets';
import {
  barWidth, budgetLine, budgetNotice, budgetState, formatPercent, monthName, shiftMonth,
} from '../src/views/budgets/budgetData';

const groceries = { id: 9, name: 'Groceries', color: '#2ca02c' };

/** One entry of GET /api/budgets/status (contract: issue #14). */
const status = (spent: string, remaining: string, percent: number): BudgetStatus => ({
  budget: { id: 3, categoryId: 9, category: groceries, amount: '500.00', currency: 'EUR', period: 'month', createdAt: '2026-11-01T08:00:00Z' },
  limit: '500.00', spent, remaining, percent,
});

describe('budget months', () => {
  it('move across years', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-11', 0)).toBe('2026-11');
    expect(monthName('2026-11')).toBe('November 2026');
    expect(monthName('2026-11', false)).toBe('November');
  });
});

describe('budget status', () => {
  it('says in words how far a budget is used', () => {
    expect(budgetState(status('100.00', '400.00', 20))).toBe('ok');
    expect(budgetState(status('412.50', '87.50', 82.5))).toBe('near');
    expect(budgetState(status('500.00', '0.00', 100))).toBe('reached');
    expect(budgetState(status('512.00', '-12.00', 102.4))).toBe('over');
    expect(budgetLine(status('412.50', '87.50', 82.5))).toBe('€87.50 left · 82.5% used');
    expect(budgetLine(status('512.00', '-12.00', 102.4))).toBe('Over budget by €12.00');
    expect(budgetLine(status('500.00', '0.00', 100))).toBe('Budget used up');
  });

  it('fills the bar up to its end, never beyond', () => {
    expect(barWidth(82.5)).toBe(82.5);
    expect(barWidth(250)).toBe(100);
    expect(formatPercent(80)).toBe('80%');
  });
});

describe('budget notices', () => {
  const event = (threshold: 80 | 100, spent: string): BudgetEvent => ({
    budgetId: 3, categoryId: 9, category: groceries, month: '2026-11', threshold, limit: '500.00', spent, currency: 'EUR',
  });

  it('name the category, the threshold, the month and the amounts', () => {
    expect(budgetNotice(event(80, '412.50'))).toBe('Groceries reached 80% of its budget for November: €412.50 of €500.00.');
    expect(budgetNotice(event(100, '512.00'))).toBe('Groceries reached its budget for November: €512.00 of €500.00.');
  });
});
