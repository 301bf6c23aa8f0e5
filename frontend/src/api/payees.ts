import { query, request } from './http';
import { type CategoryRef, searchEntries } from './ledger';

export interface Payee {
  name: string;
  uses: number;
  lastOccurredOn: string;
}

/** Payees the user has written before, most used first. */
export const suggestPayees = (q: string, limit = 8) =>
  request<Payee[]>('GET', `/api/payees${query({ q, limit })}`);

/**
 * The category of the newest entry of this kind with exactly this payee (regardless of case), in any account;
 * null when none has one. Reversals are left out: they carry the category of what they cancel.
 */
export async function lastCategoryOf(payee: string, type: 'deposit' | 'withdrawal'): Promise<CategoryRef | null> {
  const page = await searchEntries({ payee, type }, null, 10);
  return page.items.find((entry) => entry.category && entry.reversalOf === null)?.category ?? null;
}
