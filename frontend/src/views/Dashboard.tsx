import { useEffect, useState } from 'preact/hooks';
import { type Account, createAccount, listAccounts } from '../api/accounts';
import { describeFailure } from '../forms';
import { describedBy, Field } from '../components/Field';
import { formatMoney } from '../money';
import { useSession } from '../session';

const CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'INR'];

export function Dashboard() {
  const { user, live, navigate } = useSession();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    listAccounts().then(setAccounts).catch(() => setError('Your accounts could not be loaded.'));
    return live.subscribe({
      balance: (b) => setAccounts((list) => list && list.map((a) => (a.id === b.accountId ? { ...a, balance: b.balance } : a))),
    });
  }, []);

  return (
    <main>
      <h1>Accounts</h1>
      {error && <p class="form-error" role="alert">{error}</p>}
      {accounts === null ? <p class="muted">Loading…</p> : (
        <ul class="accounts" aria-label="Your accounts">
          {accounts.map((account) => (
            <li key={account.id}>
              <a href={`/u/${user.username}/accounts/${account.id}`}
                  onClick={(e) => { e.preventDefault(); navigate(`/u/${user.username}/accounts/${account.id}`); }}>
                <span class="account-name">{account.name}</span>
                <span class="balance" data-account={account.id}>{formatMoney(account.balance, account.currency)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <NewAccount onCreated={(account) => setAccounts((list) => [...(list ?? []), account])} />
    </main>
  );
}

function NewAccount({ onCreated }: { onCreated(account: Account): void }) {
  const [name, setName] = useState('');
  const [currency, setCurrency] = useState('USD');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');

  async function submit(event: Event) {
    event.preventDefault();
    setErrors({});
    setMessage('');
    try {
      onCreated(await createAccount(name, currency));
      setName('');
    } catch (e) {
      const failure = describeFailure(e);
      setErrors(failure.fields);
      setMessage(failure.message);
    }
  }

  return (
    <section aria-labelledby="new-account">
      <h2 id="new-account">Open an account</h2>
      <form onSubmit={submit} class="inline" noValidate>
        <Field id="account-name" label="Name" error={errors.name}>
          <input id="account-name" value={name} required maxLength={64}
              aria-invalid={!!errors.name} aria-describedby={describedBy('account-name', errors.name)}
              onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <Field id="account-currency" label="Currency" error={errors.currency}>
          <select id="account-currency" value={currency} onChange={(e) => setCurrency(e.currentTarget.value)}>
            {CURRENCIES.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </Field>
        <button type="submit">Open account</button>
      </form>
      {message && <p class="form-error" role="alert">{message}</p>}
    </section>
  );
}
