import { useEffect, useState } from 'preact/hooks';
import { type Account, listAccounts } from '../../api/accounts';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n';
import { formatMoney } from '../../money';
import { useSession } from '../../session';
import { PastImports } from './PastImports';

/** Where statements come in: an import per account, and every import made so far. */
export function ImportsPage() {
  const { user } = useSession();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  function load() {
    setError(null);
    listAccounts().then(setAccounts, setError);
  }
  useEffect(load, [version]);

  return (
    <main id="main" class="import-page">
      <PageHeading title={t('import.pageTitle')} />
      <section class="card import-start" aria-labelledby="import-start-title">
        <h2 id="import-start-title">{t('import.start')}</h2>
        <p class="muted">{t('import.startText')}</p>
        {error ? <LoadError what={t('what.accounts')} error={error} onRetry={load} />
          : accounts === null ? <p class="muted">{t('app.loading')}</p> : (
            <ul class="accounts import-accounts" aria-label={t('import.chooseAccount')}>
              {accounts.map((account) => (
                <li key={account.id}>
                  <Link href={`/u/${user.username}/accounts/${account.id}/import`}>
                    <span class="account-name">{t('import.into', { account: account.name })}</span>
                    <span class="account-currency">{account.currency}</span>
                    <span class="balance">{formatMoney(account.balance, account.currency)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
      </section>
      <PastImports onChanged={() => setVersion((v) => v + 1)} />
    </main>
  );
}
