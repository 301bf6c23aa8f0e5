import { useEffect, useState } from 'preact/hooks';
import { type Account, getAccount, listAccounts } from '../api/accounts';
import { csvUrl, deposit, type Entry, history, type HistoryFilter, transfer, withdraw } from '../api/ledger';
import { BalanceChart } from '../components/BalanceChart';
import { describedBy, Field } from '../components/Field';
import { useLedgerSubmit } from '../forms';
import { formatMoney, formatTime, toApiAmount } from '../money';
import { useSession } from '../session';

const TYPES: Record<string, string> = {
  deposit: 'Deposit',
  withdrawal: 'Withdrawal',
  transfer_in: 'Transfer in',
  transfer_out: 'Transfer out',
};

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
        <PostingForm kind="deposit" account={account} onDone={applied} />
        <PostingForm kind="withdrawal" account={account} onDone={applied} />
        {sameCurrency.length > 0 && <TransferForm account={account} targets={sameCurrency} onDone={applied} />}
      </div>
      <section aria-labelledby="history">
        <h2 id="history">History</h2>
        <BalanceChart entries={rows} currency={account.currency} />
        <Filters onApply={setFilter} />
        <p><a href={csvUrl(accountId, filter)} download>Export CSV</a></p>
        <table>
          <caption class="visually-hidden">Entries, newest first</caption>
          <thead>
            <tr><th scope="col">Time</th><th scope="col">Type</th><th scope="col">Description</th>
              <th scope="col" class="num">Amount</th><th scope="col" class="num">Balance after</th></tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{formatTime(row.createdAt)}</td>
                <td>{TYPES[row.type]}</td>
                <td>{row.description}</td>
                <td class={`num ${row.type === 'deposit' || row.type === 'transfer_in' ? 'in' : 'out'}`}>
                  {row.type === 'deposit' || row.type === 'transfer_in' ? '+' : '−'}
                  {formatMoney(row.amount, row.currency)}
                </td>
                <td class="num">{formatMoney(row.balanceAfter, row.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && !loading && <p class="muted">No entries.</p>}
        {cursor && <button type="button" onClick={loadMore} disabled={loading}>Load more</button>}
      </section>
    </main>
  );
}

function PostingForm({ kind, account, onDone }: {
  kind: 'deposit' | 'withdrawal';
  account: Account;
  onDone(result: { balance: string }): void;
}) {
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const { errors, message, run } = useLedgerSubmit();
  const id = kind;

  function submit(event: Event) {
    event.preventDefault();
    const post = kind === 'deposit' ? deposit : withdraw;
    return run(async (key) => {
      onDone(await post(account.id, toApiAmount(amount), description, key));
      setAmount('');
      setDescription('');
    });
  }

  const title = kind === 'deposit' ? 'Deposit' : 'Withdraw';
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{title}</h2>
      <Field id={`${id}-amount`} label={`Amount (${account.currency})`} error={errors.amount}>
        <input id={`${id}-amount`} inputMode="decimal" autocomplete="off" required value={amount}
            aria-invalid={!!errors.amount} aria-describedby={describedBy(`${id}-amount`, errors.amount)}
            onInput={(e) => setAmount(e.currentTarget.value)} />
      </Field>
      <Field id={`${id}-description`} label="Description (optional)" error={errors.description}>
        <input id={`${id}-description`} maxLength={500} value={description}
            aria-invalid={!!errors.description}
            aria-describedby={describedBy(`${id}-description`, errors.description)}
            onInput={(e) => setDescription(e.currentTarget.value)} />
      </Field>
      {message && <p class="form-error" role="alert">{message}</p>}
      <button type="submit">{title}</button>
    </form>
  );
}

function TransferForm({ account, targets, onDone }: {
  account: Account;
  targets: Account[];
  onDone(result: { balance: string }): void;
}) {
  const [to, setTo] = useState(String(targets[0].id));
  const [amount, setAmount] = useState('');
  const { errors, message, run } = useLedgerSubmit();

  function submit(event: Event) {
    event.preventDefault();
    return run(async (key) => {
      onDone((await transfer(account.id, Number(to), toApiAmount(amount), '', key)).from);
      setAmount('');
    });
  }

  return (
    <form onSubmit={submit} aria-labelledby="transfer-title" noValidate>
      <h2 id="transfer-title">Transfer</h2>
      <Field id="transfer-to" label="To account" error={errors.toAccountId}>
        <select id="transfer-to" value={to} onChange={(e) => setTo(e.currentTarget.value)}>
          {targets.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </select>
      </Field>
      <Field id="transfer-amount" label={`Amount (${account.currency})`} error={errors.amount}>
        <input id="transfer-amount" inputMode="decimal" required value={amount}
            aria-invalid={!!errors.amount} aria-describedby={describedBy('transfer-amount', errors.amount)}
            onInput={(e) => setAmount(e.currentTarget.value)} />
      </Field>
      {message && <p class="form-error" role="alert">{message}</p>}
      <button type="submit">Transfer</button>
    </form>
  );
}

function Filters({ onApply }: { onApply(filter: HistoryFilter): void }) {
  const [type, setType] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [q, setQ] = useState('');

  function apply(event: Event) {
    event.preventDefault();
    onApply({
      type: type || undefined,
      from: from ? new Date(`${from}T00:00:00`).toISOString() : undefined,
      to: to ? new Date(new Date(`${to}T00:00:00`).getTime() + 86_400_000).toISOString() : undefined,
      q: q || undefined,
    });
  }

  return (
    <form class="inline" onSubmit={apply} aria-label="Filter history">
      <Field id="filter-type" label="Type">
        <select id="filter-type" value={type} onChange={(e) => setType(e.currentTarget.value)}>
          <option value="">All</option>
          {Object.entries(TYPES).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </Field>
      <Field id="filter-from" label="From">
        <input id="filter-from" type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
      </Field>
      <Field id="filter-to" label="To">
        <input id="filter-to" type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
      </Field>
      <Field id="filter-q" label="Text">
        <input id="filter-q" type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
      </Field>
      <button type="submit">Apply</button>
    </form>
  );
}
