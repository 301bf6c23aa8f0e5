import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Account, getAccount, listAccounts } from '../../api/accounts';
import { type CurrencyInfo, listCurrencies } from '../../api/currencies';
import { ApiError } from '../../api/http';
import { csvUrl, type Entry, type Posting } from '../../api/ledger';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { PageHeading } from '../../components/PageHeading';
import { localDay } from '../../dates';
import { t, tn } from '../../i18n';
import { currencyName, formatMoney } from '../../money';
import { useSession } from '../../session';
import { NotFound } from '../NotFound';
import { BalanceChart } from './BalanceChart';

export { prefetchChart } from './BalanceChart';
import { HistoryFilters } from './HistoryFilters';
import { EntryDialog } from '../entries/EntryDialog';
import { HistoryTable } from './HistoryTable';
import { foldCorrections, isFiltered, useHistory } from './history';
import { NewEntryForm } from './NewEntryForm';

/** A file name that any system accepts: the account's name, then today's date. */
export function csvFileName(accountName: string, today = new Date()): string {
  const safe = accountName.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim() || 'account';
  return `${safe}-${localDay(today)}.csv`;
}

export function AccountPage({ accountId }: { accountId: number }) {
  const { user, live } = useSession();
  const [account, setAccount] = useState<Account | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [others, setOthers] = useState<Account[]>([]);
  const [currencies, setCurrencies] = useState<CurrencyInfo[]>([]);
  const [opened, setOpened] = useState<number | null>(null);
  const [posted, setPosted] = useState<Entry | null>(null);
  const history = useHistory(accountId, live);

  function load() {
    setFailure(null);
    getAccount(accountId).then(setAccount, setFailure);
    listAccounts().then((list) => setOthers(list.filter((a) => a.id !== accountId)), () => setOthers([]));
  }

  useEffect(load, [accountId]);
  useEffect(() => {
    listCurrencies().then(setCurrencies, () => undefined);
  }, []);
  useEffect(() => live.subscribe({
    balance: (b) => {
      if (b.accountId === accountId) {
        setAccount((a) => a && { ...a, balance: b.balance });
      }
    },
    imported: (event) => {
      if (event.accountId === accountId) {
        getAccount(accountId).then(setAccount, () => undefined);
      }
    },
  }), [accountId]);

  const names = useMemo(() => new Map(others.map((a) => [a.id, a.name])), [others]);
  const items = useMemo(() => foldCorrections(history.rows), [history.rows]);
  const digitsOf = (currency: string) => currencies.find((c) => c.code === currency)?.minorDigits;

  if (failure instanceof ApiError && failure.status === 404) {
    return <NotFound title={t('account.notFound.title')} text={t('account.notFound.text')} />;
  }
  const home = `/u/${user.username}`;
  const back = <p class="back"><Link href={home}>← {t('nav.back')}</Link></p>;
  if (failure) {
    return (
      <main id="main">
        {back}
        <PageHeading title={t('account.title')} />
        <LoadError what={t('what.account')} error={failure} onRetry={load} />
      </main>
    );
  }
  if (!account) {
    return <main id="main">{back}<p class="muted">{t('app.loading')}</p></main>;
  }

  const posting = (entry: Entry, balance: string) => {
    setAccount((a) => a && { ...a, balance });
    history.add(entry);
    setPosted(entry);
  };
  const filtered = isFiltered(history.filter);
  const openedEntry = opened === null ? undefined
    : history.rows.find((row) => row.id === opened);
  const { first, more } = history;

  return (
    <main id="main">
      {back}
      <div class="account-head">
        <PageHeading title={account.name} />
        <p class="big-balance">
          <span class="muted">{t('account.balance')}</span>{' '}
          <strong data-testid="balance">{formatMoney(account.balance, account.currency)}</strong>
          <span class="muted currency-name"> {currencyName(account.currency)}</span>
        </p>
      </div>
      <div class="account-grid">
        <NewEntryForm account={account} targets={others} digitsOf={digitsOf} recent={history.rows} onPosted={posting} />
        <BalanceChart account={account} posted={posted} />
      </div>
      <section aria-labelledby="history-title" class="history-section">
        <div class="section-head">
          <h2 id="history-title">{t('history.title')}</h2>
          <span class="history-links">
            <Link href={`${home}/accounts/${accountId}/import`}>{t('history.import')}</Link>
            <a href={csvUrl(accountId, history.filter)} download={csvFileName(account.name)}>{t('history.export')}</a>
          </span>
        </div>
        <details class="filter-box" open={filtered}>
          <summary>{filtered ? t('filter.active') : t('filter.title')}</summary>
          <HistoryFilters onApply={history.setFilter} />
        </details>
        {first.state === 'failed' ? (
          <LoadError what={t('history.what')} error={first.error} onRetry={history.retry} />
        ) : first.state === 'loading' && history.rows.length === 0 ? (
          <p class="muted" role="status">{t('app.loading')}</p>
        ) : history.rows.length === 0 ? (
          <p class="muted">{filtered ? t('history.noMatch') : t('history.empty')}</p>
        ) : (
          <>
            <HistoryTable items={items} fresh={history.fresh} names={names} pageOf={history.pageOf}
                onOpen={(entry) => setOpened(entry.id)} />
            <p class="muted shown" data-testid="shown">{tn('history.shown', history.rows.length)}</p>
          </>
        )}
        {more.state === 'failed' && (
          <LoadError what={t('history.whatMore')} error={more.error} onRetry={history.loadMore} />
        )}
        {first.state === 'ready' && history.cursor && more.state !== 'failed' && (
          <button type="button" class="secondary" onClick={history.loadMore} disabled={more.state === 'loading'}>
            {more.state === 'loading' ? t('app.loading') : t('history.more')}
          </button>
        )}
      </section>
      {openedEntry && (
        <EntryDialog key={openedEntry.id} entry={openedEntry} names={names} digits={digitsOf(account.currency)}
            balance={account.balance} onClose={() => {
              setOpened(null);
              document.querySelector<HTMLElement>(`tr[data-entry="${openedEntry.id}"] button.open`)?.focus();
            }}
            onUpdated={history.update}
            onPosted={(p: Posting) => posting(p.entry, p.balance)} />
      )}
    </main>
  );
}
