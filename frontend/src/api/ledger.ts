import { query, request } from './http';

export type EntryType = 'deposit' | 'withdrawal' | 'transfer_in' | 'transfer_out';

export interface Entry {
  id: number;
  accountId: number;
  seq: number;
  type: EntryType;
  amount: string;
  balanceAfter: string;
  currency: string;
  /** The day the money moved (YYYY-MM-DD), as the user chose it. */
  occurredOn: string;
  /** When the server recorded the entry. */
  recordedAt: string;
  createdAt: string;
  description: string | null;
  category: CategoryRef | null;
  payee: string | null;
  tags: string[];
  notes: string | null;
  transferId: string | null;
  counterpartAccountId: number | null;
  reversalOf: number | null;
  reversedBy: number | null;
}

export interface CategoryRef {
  id: number;
  name: string;
  color: string | null;
}

export interface Posting {
  entry: Entry;
  balance: string;
}

export interface HistoryPage {
  items: Entry[];
  nextCursor: string | null;
}

export interface HistoryFilter {
  type?: string;
  from?: string;
  to?: string;
  q?: string;
}

/** Each submission carries its own key, so that resending it after a network failure cannot post twice. */
function once(key: string): Record<string, string> {
  return { 'Idempotency-Key': key };
}

export const deposit = (accountId: number, amount: string, description: string, key: string) =>
  request<Posting>('POST', `/api/accounts/${accountId}/deposits`,
      { amount, description: description || undefined }, once(key));

export const withdraw = (accountId: number, amount: string, description: string, key: string) =>
  request<Posting>('POST', `/api/accounts/${accountId}/withdrawals`,
      { amount, description: description || undefined }, once(key));

export const transfer = (fromAccountId: number, toAccountId: number, amount: string, description: string,
    key: string) =>
  request<{ transferId: string; from: Posting; to: Posting }>('POST', '/api/transfers',
      { fromAccountId, toAccountId, amount, description: description || undefined }, once(key));

export const history = (accountId: number, filter: HistoryFilter, cursor?: string | null, limit = 50) =>
  request<HistoryPage>('GET', `/api/accounts/${accountId}/transactions${query({ ...filter, cursor, limit })}`);

export const csvUrl = (accountId: number, filter: HistoryFilter) =>
  `/api/accounts/${accountId}/transactions.csv${query({ ...filter })}`;
