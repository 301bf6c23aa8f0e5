import { useEffect, useState } from 'preact/hooks';
import { type Account, getAccount, listAccounts } from '../../api/accounts';
import { csvUrl, type Entry, history, type HistoryFilter } from '../../api/ledger';
import { BalanceChart } from '../../components/BalanceChart';
import { formatMoney } from '../../money';
import { useSession } from '../../session';
import { EntryForm } from './EntryForm';
import { HistoryFilters } from './HistoryFilters';
import { HistoryTable } from './HistoryTable';
import { TransferForm } from './TransferForm';

export function AccountPage({ accountId }: { accountId: number }) {
  const { live } = useSession();
  const [account, setAccount] = useState<Account | null>(null);
  const [others, setOthers] = useState<Account[]>([]);
  const [missing, setMissing] = useState(false);
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [rows, setRows] = useState<Entry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    getAccount(accountId).then(setAccount).catch(() => setMissing(true));
    listAccounts().then((list) => setOthers(list.filter((a) => a.id !== accountId))).catch(() => setOthers([]));
  }, [accountId]);

  useEffect(() => {
    setLoading(true);
    history(accountId, filter).then((page) => {
      setRows(page.items);
      setCursor(page.nextCursor);
    }).catch(() => setRows([])).finally(() => setLoading(false));
  }, [accountId, filter]);

  const unfiltered = !filter.type && !filter.from && !filter.to && !filter.q;
  useEffect(() => live.subscribe({
    balance: (b) => {
      if (b.accountId === accountId) {
        setAccount((a) => a && { ...a, balance: b.balance });
      }
    },
    entry: (entry) => {
      if (entry.accountId === accountId && unfiltered) {
        setRows((list) => (list.some((r) => r.id === entry.id) ? list : [entry, ...list]));
      }
    },
  }), [accountId, unfiltered]);

  async function loadMore() {
    if (!cursor) {
      return;
    }
    setLoading(true);
    try {
      const page = await history(accountId, filter, cursor);
      setRows((list) => [...list, ...page.items]);
      setCursor(page.nextCursor);
    } finally {
      setLoading(false);
    }
  }

  if (missing) {
    return <main><h1>Account not found</h1></main>;
  }
  if (!account) {
    return <main><p class="muted">Loading…</p></main>;
  }
  const sameCurrency = others.filter((a) => a.currency === account.currency);
  const applied = (result: { balance: string }) => setAccount((a) => a && { ...a, balance: result.balance });

  return (
    <main>
      <h1>{account.name}</h1>
      <p class="big-balance" aria-live="polite">
        Balance <strong data-testid="balance">{formatMoney(account.balance, account.currency)}</strong>
      </p>
      <div class="forms">
        <EntryForm kind="deposit" account={account} onDone={applied} />
        <EntryForm kind="withdrawal" account={account} onDone={applied} />
        {sameCurrency.length > 0 && <TransferForm account={account} targets={sameCurrency} onDone={applied} />}
      </div>
      <section aria-labelledby="history">
        <h2 id="history">History</h2>
        <BalanceChart entries={rows} currency={account.currency} />
        <HistoryFilters onApply={setFilter} />
        <p><a href={csvUrl(accountId, filter)} download>Export CSV</a></p>
        <HistoryTable rows={rows} />
        {rows.length === 0 && !loading && <p class="muted">No entries.</p>}
        {cursor && <button type="button" onClick={loadMore} disabled={loading}>Load more</button>}
      </section>
    </main>
  );
}
