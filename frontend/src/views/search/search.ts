import type { Account } from '../../api/accounts';
import { ApiError } from '../../api/http';
import { type Entry, history, type HistoryPage, searchEntries, type SearchFilter } from '../../api/ledger';
import { before, keeps } from '../account/history';

/** Results of several accounts as one list: by day, newest first, each with its account. */
export function mergeResults(pages: readonly { account: Account; items: readonly Entry[] }[]): Entry[] {
  return pages.flatMap(({ account, items }) => items.map((item) => ({ ...item, account: { id: account.id, name: account.name } })))
    .sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : b.id - a.id));
}

/**
 * One page of results across the user's accounts. A server without the search across accounts is asked
 * account by account instead (the first `limit` matches of each, without further pages).
 */
export async function search(filter: SearchFilter, cursor: string | null, accounts: () => Promise<Account[]>,
    limit = 50): Promise<HistoryPage> {
  try {
    return await searchEntries(filter, cursor, limit);
  } catch (error) {
    if (!(error instanceof ApiError && (error.status === 404 || error.status === 405)) || cursor) {
      throw error;
    }
  }
  const { accountId, minAmount, maxAmount, ...common } = filter;
  void minAmount;
  void maxAmount;
  const chosen = (await accounts()).filter((a) => accountId === undefined || a.id === accountId);
  const pages = await Promise.all(chosen.map(async (account) =>
    ({ account, items: (await history(account.id, common, null, limit)).items.filter((e) => keeps(e, common)) })));
  return { items: mergeResults(pages), nextCursor: null };
}
