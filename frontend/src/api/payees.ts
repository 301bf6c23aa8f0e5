import { query, request } from './http';

export interface Payee {
  name: string;
  uses: number;
  lastOccurredOn: string;
}

/** Payees the user has written before, most used first. */
export const suggestPayees = (q: string, limit = 8) =>
  request<Payee[]>('GET', `/api/payees${query({ q, limit })}`);
