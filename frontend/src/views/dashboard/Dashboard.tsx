import { useEffect, useState } from 'preact/hooks';
import { type Account, listAccounts } from '../../api/accounts';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { PageHeading } from '../../components/PageHeading';
import { isZero, sum } from '../../decimal';
import { t, tn } from '../../i18n';
import { currencyName, formatMoney } from '../../money';
import { useSession } from '../../session';
import { MonthOverview } from './MonthOverview';
import { NewAccountForm } from './NewAccountForm';

/** Each currency the user keeps money in, with the sum of its accounts, exactly. */
export function totalsByCurrency(accounts: readonly Account[]): { currency: string; total: string; count: number }[] {
  const byCurrency = new Map<string, string[]>();
  for (const account of accounts) {
    byCurrency.set(account.currency, [...(byCurrency.get(account.currency) ?? []), account.balance]);
  }
  return [...byCurrency.entries()]
    .map(([currency, balances]) => ({ currency, total: sum(balances), count: balances.length }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

/** The currencies of the user's accounts: the one with the most accounts first, then in the order opened. */
export function accountCurrencies(accounts: readonly Account[]): string[] {
  const counts = new Map<string, number>();
  accounts.forEach((a) => counts.set(a.currency, (counts.get(a.currency) ?? 0) + 1));
  const order = [...counts.keys()];
  return order.sort((a, b) => counts.get(b)! - counts.get(a)! || order.indexOf(a) - order.indexOf(b));
}

export function Dashboard() {
  const { user, live } = useSession();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [opened, setOpened] = useState<Account | null>(null);

  function load() {
    setError(null);
    listAccounts().then(setAccounts, setError);
  }

  useEffect(() => {
    load();
    return live.subscribe({
      balance: (b) => setAccounts((list) => list && list.map((a) => (a.id === b.accountId ? { ...a, balance: b.balance } : a))),
    });
  }, []);

  const firstRun = accounts !== null && accounts.length === 1 && isZero(accounts[0].balance);
  const totals = accounts ? totalsByCurrency(accounts) : [];
  const accountHref = (account: Account) => `/u/${user.username}/accounts/${account.id}`;

  return (
    <main id="main">
      <PageHeading title={t('dashboard.title')} />
      <p class="muted signed-in">{t('app.account', { username: user.username })}</p>
      {firstRun && accounts && (
        <aside class="hint-box" aria-labelledby="first-run">
          <h2 id="first-run">{t('dashboard.hint.title')}</h2>
          <p>{t('dashboard.hint.text', { account: accounts[0].name })}</p>
          <p><Link href={accountHref(accounts[0])}>{accounts[0].name}</Link></p>
        </aside>
      )}
      {error ? <LoadError what={t('what.accounts')} error={error} onRetry={load} />
        : accounts === null ? <p class="muted">{t('app.loading')}</p> : (
          <>
            <ul class="accounts" aria-label={t('dashboard.list')}>
              {accounts.map((account) => (
                <li key={account.id} class={opened?.id === account.id ? 'fresh' : undefined}>
                  <Link href={accountHref(account)}>
                    <span class="account-name">{account.name}</span>
                    <span class="account-currency">{account.currency}</span>
                    <span class="balance" data-account={account.id}>{formatMoney(account.balance, account.currency)}</span>
                  </Link>
                </li>
              ))}
            </ul>
            {accounts.length > 1 && (
              <section aria-labelledby="totals" class="totals">
                <h2 id="totals">{t('dashboard.totals')}</h2>
                <dl>
                  {totals.map(({ currency, total, count }) => (
                    <div key={currency}>
                      <dt>{t('dashboard.totalIn', { currency: currencyName(currency) })}
                        <span class="muted"> · {tn('dashboard.accounts', count)}</span></dt>
                      <dd data-total={currency}>{formatMoney(total, currency)}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            )}
          </>
        )}
      {accounts !== null && <MonthOverview currencies={accountCurrencies(accounts)} />}
      {opened && <p class="confirm" role="status">{t('dashboard.opened', { name: opened.name })}</p>}
      <NewAccountForm suggested={accounts?.[0]?.currency}
          onCreated={(account) => {
            setAccounts((list) => [...(list ?? []), account]);
            setOpened(account);
          }} />
    </main>
  );
}
