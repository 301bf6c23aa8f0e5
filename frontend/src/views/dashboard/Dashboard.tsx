import { useEffect, useState } from 'preact/hooks';
import { type Account, listAccounts } from '../../api/accounts';
import { Link } from '../../components/Link';
import { formatMoney } from '../../money';
import { useSession } from '../../session';
import { NewAccountForm } from './NewAccountForm';

export function Dashboard() {
  const { user, live } = useSession();
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
              <Link href={`/u/${user.username}/accounts/${account.id}`}>
                <span class="account-name">{account.name}</span>
                <span class="balance" data-account={account.id}>{formatMoney(account.balance, account.currency)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <NewAccountForm onCreated={(account) => setAccounts((list) => [...(list ?? []), account])} />
    </main>
  );
}
