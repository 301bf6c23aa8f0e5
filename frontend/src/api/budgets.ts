import type { CategoryRef } from './ledger';
import { query, request } from './http';

export interface Budget {
  id: number;
  categoryId: number;
  category: CategoryRef;
  amount: string;
  currency: string;
  period: 'month';
  createdAt: string;
}

export interface BudgetStatus {
  budget: Budget;
  limit: string;
  spent: string;
  /** Negative ("-12.00") when more was spent than the limit. */
  remaining: string;
  /** spent / limit × 100, rounded down to one decimal. */
  percent: number;
}

export interface BudgetMonth {
  month: string;
  budgets: BudgetStatus[];
}

/** The live event sent once per budget, month and threshold when spending crosses 80 % or 100 %. */
export interface BudgetEvent {
  budgetId: number;
  categoryId: number;
  category: CategoryRef;
  month: string;
  threshold: 80 | 100;
  limit: string;
  spent: string;
  currency: string;
}

export interface NewBudget {
  categoryId: number;
  amount: string;
  currency: string;
}

export const listBudgets = () => request<Budget[]>('GET', '/api/budgets');

export const budgetStatus = (month?: string) =>
  request<BudgetMonth>('GET', `/api/budgets/status${query({ month })}`);

export const createBudget = (budget: NewBudget) =>
  request<Budget>('POST', '/api/budgets', { ...budget, period: 'month' });

export const updateBudget = (id: number, change: { amount?: string; categoryId?: number }) =>
  request<Budget>('PATCH', `/api/budgets/${id}`, change);

export const deleteBudget = (id: number) => request<void>('DELETE', `/api/budgets/${id}`);
