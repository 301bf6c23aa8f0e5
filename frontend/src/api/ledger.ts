import { query, request } from './http';

export type EntryType = 'deposit' | 'withdrawal' | 'transfer_in' | 'transfer_out';

export interface AccountRef {
  id: number;
  name: string;
}

export interface Entry {
  id: number;
  accountId: number;
  seq: number;
  type: EntryType;
  amount: string;
  balanceAfter: string;
  /** The balance after this row in the order of the list it came with (by day); null outside a history page. */
  runningBalance: string | null;
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
  /** The other account of a transfer, by name; older servers send only its id. */
  counterpartAccount?: AccountRef | null;
  /** The account of a search result. */
  account?: AccountRef;
  reversalOf: number | null;
  reversedBy: number | null;
  /** Transfers between currencies: the implied rate and the other leg's amount. */
  rate?: string | null;
  counterAmount?: string | null;
  counterCurrency?: string | null;
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

export interface TransferPosting {
  transferId: string;
  from: Posting;
  to: Posting;
}

export interface HistoryPage {
  items: Entry[];
  nextCursor: string | null;
}

export interface HistoryFilter {
  type?: string;
  /** First day, YYYY-MM-DD, included. */
  from?: string;
  /** Last day, YYYY-MM-DD, included. */
  to?: string;
  q?: string;
  categoryId?: number;
  tag?: string;
  payee?: string;
}

/** What a deposit or withdrawal carries besides its amount; empty texts are left out. */
export interface EntryDetails {
  occurredOn?: string;
  description?: string;
  categoryId?: number | null;
  payee?: string;
  tags?: string[];
  notes?: string;
}

export interface TransferInput {
  fromAccountId: number;
  toAccountId: number;
  amount: string;
  /** What arrives, in the target account's currency, when the two currencies differ. */
  toAmount?: string;
  occurredOn?: string;
  description?: string;
  tags?: string[];
  notes?: string;
}

/** One field changed by one edit, with the values before and after. */
export interface EntryChange {
  editId: number;
  changedAt: string;
  changedBy: number;
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

export interface EntryDetail {
  entry: Entry;
  changes: EntryChange[];
}

/** The metadata an entry can change in place; null clears a field. */
export interface EntryEdit {
  description?: string | null;
  categoryId?: number | null;
  payee?: string | null;
  tags?: string[];
  notes?: string | null;
}

/** Each submission carries its own key, so that resending it after a network failure cannot post twice. */
function once(key: string): Record<string, string> {
  return { 'Idempotency-Key': key };
}

/** The body without empty texts and empty lists, which the server would store as given. */
export function compact<T extends object>(body: T): Partial<T> {
  const kept: Partial<T> = {};
  for (const [name, value] of Object.entries(body) as [keyof T, unknown][]) {
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) {
      kept[name] = value as T[keyof T];
    }
  }
  return kept;
}

export const deposit = (accountId: number, amount: string, details: EntryDetails, key: string) =>
  request<Posting>('POST', `/api/accounts/${accountId}/deposits`, compact({ amount, ...details }), once(key));

export const withdraw = (accountId: number, amount: string, details: EntryDetails, key: string) =>
  request<Posting>('POST', `/api/accounts/${accountId}/withdrawals`, compact({ amount, ...details }), once(key));

export const transfer = (input: TransferInput, key: string) =>
  request<TransferPosting>('POST', '/api/transfers', compact(input), once(key));

export const entryDetail = (id: number) => request<EntryDetail>('GET', `/api/entries/${id}`);

export const editEntry = (id: number, edit: EntryEdit) => request<EntryDetail>('PATCH', `/api/entries/${id}`, edit);

/** Appends the entry that cancels this one: a Posting, or a TransferPosting when a transfer is reversed. */
export const reverseEntry = (id: number, notes: string | undefined, key: string) =>
  request<Posting | TransferPosting>('POST', `/api/entries/${id}/reversal`, compact({ notes }), once(key));

/** The leg of a reversal's answer that belongs to an account. */
export function postingOf(answer: Posting | TransferPosting, accountId: number): Posting {
  if ('entry' in answer) {
    return answer;
  }
  return answer.from.entry.accountId === accountId ? answer.from : answer.to;
}

export const history = (accountId: number, filter: HistoryFilter, cursor?: string | null, limit = 50) =>
  request<HistoryPage>('GET', `/api/accounts/${accountId}/transactions${query({ ...filter, cursor, limit })}`);

export const csvUrl = (accountId: number, filter: HistoryFilter) =>
  `/api/accounts/${accountId}/transactions.csv${query({ ...filter })}`;

export interface SearchFilter extends HistoryFilter {
  accountId?: number;
  minAmount?: string;
  maxAmount?: string;
}

/** Entries of every account of the user that match, newest first, each with its account. */
export const searchEntries = (filter: SearchFilter, cursor?: string | null, limit = 50) =>
  request<HistoryPage>('GET', `/api/entries${query({ ...filter, cursor, limit })}`);
