import { query, request } from './http';

export interface BalancePoint {
  at: string;
  balance: string;
}

export interface BalanceSeries {
  accountId: number;
  currency: string;
  from: string;
  to: string;
  sampled: boolean;
  points: BalancePoint[];
}

/** The account's balance over time, at most `points` points, whatever the history pages loaded. */
export const balanceSeries = (accountId: number, from: string | undefined, points: number) =>
  request<BalanceSeries>('GET', `/api/accounts/${accountId}/balance-series${query({ from, points })}`);
