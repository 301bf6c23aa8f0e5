import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Account, listAccounts } from '../../api/accounts';
import { listCurrencies, type CurrencyInfo } from '../../api/currencies';
import { type Entry, type Posting, searchEntries, type SearchFilter } from '../../api/ledger';
import { categoryLabel, offeredCategories, useCategories } from '../../categories';
import { Field } from '../../components/Field';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { PageHeading } from '../../components/PageHeading';
import { formatCalendarDay } from '../../dates';
import { t, tn } from '../../i18n';
import { formatSigned } from '../../money';
import { useNavigate } from '../../navigation';
import { useSession } from '../../session';
import { useLimits } from '../../useLimits';
import { foldCorrections, isIncoming, type LoadState, withUpdate } from '../account/history';
import { fallbackText, typeLabel } from '../account/HistoryTable';
import { EntryDialog } from '../entries/EntryDialog';
import { counterpartName, EntryMeta } from '../entries/EntryMeta';

/** The address of a search for a text. */
export function searchHref(username: string, q: string): string {
  return `/u/${username}/search${q ? `?q=${encodeURIComponent(q)}` : ''}`;
}

/** Entries of all the user's accounts that match a text (and, if chosen, an account and a category). */
export function SearchPage({ query }: { query: string }) {
  const { user, live } = useSession();
  const navigate = useNavigate();
  const limits = useLimits();
  const { categories = [] } = useCategories();
  const [text, setText] = useState(query);
  const [accountId, setAccountId] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [currencies, setCurrencies] = useState<CurrencyInfo[]>([]);
  const [results, setResults] = useState<readonly Entry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [state, setState] = useState<LoadState>({ state: 'ready' });
  const [searched, setSearched] = useState(false);
  const [opened, setOpened] = useState<number | null>(null);
  const filter: SearchFilter = useMemo(() => ({
    q: query.trim() || undefined,
    accountId: accountId ? Number(accountId) : undefined,
    categoryId: categoryId ? Number(categoryId) : undefined,
  }), [query, accountId, categoryId]);
  const names = useMemo(() => new Map(accounts.map((a) => [a.id, a.name])), [accounts]);

  useEffect(() => setText(query), [query]);
  useEffect(() => {
    listAccounts().then(setAccounts, () => undefined);
    listCurrencies().then(setCurrencies, () => undefined);
    return live.subscribe({ entryUpdated: (entry) => setResults((list) => withUpdate(list, entry)) });
  }, []);

  function run(more = false) {
    if (!filter.q && filter.categoryId === undefined) {
      setResults([]);
      setCursor(null);
      setSearched(false);
      return;
    }
    setState({ state: 'loading' });
    searchEntries(filter, more ? cursor : null).then((page) => {
      setResults((list) => (more ? [...list, ...page.items.filter((e) => !list.some((r) => r.id === e.id))] : page.items));
      setCursor(page.nextCursor);
      setSearched(true);
      setState({ state: 'ready' });
    }, (error: unknown) => setState({ state: 'failed', error }));
  }

  useEffect(() => run(), [filter]);

  function submit(event: Event) {
    event.preventDefault();
    if (text.trim() === query.trim()) {
      run();
    } else {
      navigate(searchHref(user.username, text.trim()));
    }
  }

  const openedEntry = results.find((r) => r.id === opened);
  const items = useMemo(() => foldCorrections(results), [results]);
  const accountOf = (entry: Entry) => entry.account ?? { id: entry.accountId, name: names.get(entry.accountId) ?? '' };
  return (
    <main id="main">
      <p class="back"><Link href={`/u/${user.username}`}>← {t('nav.back')}</Link></p>
      <PageHeading title={query ? t('search.titleFor', { q: query }) : t('search.title')} />
      <form class="inline filters search-form" role="search" onSubmit={submit} noValidate>
        <Field id="search-q" label={t('search.text')}>
          <input id="search-q" type="search" value={text} maxLength={limits?.searchTextMaxLength} autocomplete="off"
              onInput={(e) => setText(e.currentTarget.value)} />
        </Field>
        <Field id="search-account" label={t('search.account')}>
          <select id="search-account" value={accountId} onChange={(e) => setAccountId(e.currentTarget.value)}>
            <option value="">{t('search.allAccounts')}</option>
            {accounts.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        </Field>
        <Field id="search-category" label={t('filter.category')}>
          <select id="search-category" value={categoryId} onChange={(e) => setCategoryId(e.currentTarget.value)}>
            <option value="">{t('filter.allCategories')}</option>
            {offeredCategories(categories).map((c) => <option key={c.id} value={c.id}>{categoryLabel(c, categories)}</option>)}
          </select>
        </Field>
        <div class="buttons"><button type="submit">{t('search.submit')}</button></div>
      </form>
      {state.state === 'failed' ? <LoadError what={t('search.what')} error={state.error} onRetry={() => run()} />
        : state.state === 'loading' && results.length === 0 ? <p class="muted" role="status">{t('app.loading')}</p>
        : !searched ? <p class="muted">{t('search.hint')}</p>
        : results.length === 0 ? <p class="muted" role="status">{t('search.none')}</p> : (
          <>
            <p class="muted" role="status" data-testid="found">{tn('search.found', items.length)}</p>
            <ul class="results">
              {items.map(({ entry }) => {
                const incoming = isIncoming(entry);
                const account = accountOf(entry);
                const counterpart = counterpartName(entry, names);
                const corrected = entry.reversedBy !== null;
                return (
                  <li key={entry.id} class={corrected ? 'result corrected' : 'result'} data-entry={entry.id}>
                    <div class="result-main">
                      <button type="button" class="open" aria-haspopup="dialog" onClick={() => setOpened(entry.id)}>
                        {entry.description ?? fallbackText(entry, counterpart)}
                      </button>
                      <EntryMeta entry={entry} counterpart={entry.description ? counterpart : undefined}>
                        {corrected ? <span class="badge">{t('history.reversed')}</span>
                          : entry.reversalOf !== null && <span class="badge">{t('history.reversal')}</span>}
                      </EntryMeta>
                      <p class="muted small">
                        <time dateTime={entry.occurredOn}>{formatCalendarDay(entry.occurredOn)}</time>
                        {' · '}{typeLabel(entry)}{' · '}
                        <Link href={`/u/${user.username}/accounts/${account.id}`}>{account.name}</Link>
                      </p>
                    </div>
                    <span class={`num amount ${incoming ? 'in' : 'out'}`}>
                      {corrected ? <del>{formatSigned(entry.amount, entry.currency, incoming)}</del>
                        : formatSigned(entry.amount, entry.currency, incoming)}
                    </span>
                  </li>
                );
              })}
            </ul>
            {cursor && (
              <button type="button" class="secondary" onClick={() => run(true)} disabled={state.state === 'loading'}>
                {state.state === 'loading' ? t('app.loading') : t('history.more')}
              </button>
            )}
          </>
        )}
      {openedEntry && (
        <EntryDialog key={openedEntry.id} entry={openedEntry} names={names} accountName={accountOf(openedEntry).name}
            digits={currencies.find((c) => c.code === openedEntry.currency)?.minorDigits}
            onClose={() => {
              setOpened(null);
              document.querySelector<HTMLElement>(`li[data-entry="${openedEntry.id}"] button.open`)?.focus();
            }}
            onUpdated={(entry) => setResults((list) => withUpdate(list, { ...entry, account: openedEntry.account }))}
            onPosted={(_p: Posting) => run()} />
      )}
    </main>
  );
}
