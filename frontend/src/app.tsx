import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import * as auth from './api/auth';
import type { User } from './api/auth';
import { ApiError, onSessionRefused } from './api/http';
import { signInWithPasskey } from './api/passkeys';
import { lazyScreen } from './components/Lazy';
import { Link } from './components/Link';
import { LoadError } from './components/LoadError';
import { focusNextHeading, PageHeading } from './components/PageHeading';
import { t } from './i18n';
import { LiveConnection, type LiveState } from './live/connection';
import { NavigationContext } from './navigation';
import { type Route, route } from './routes';
import { type Session, SessionContext } from './session';
import { tabChannel } from './tabs';
import { AuthForm } from './views/auth/AuthForm';
import { LiveNotices } from './views/notices/LiveNotices';
import { MainNav } from './views/MainNav';
import { HeaderSearch } from './views/search/HeaderSearch';
import { Dashboard } from './views/dashboard/Dashboard';
import { NotFound } from './views/NotFound';

const RETURN_KEY = 'ledger.returnTo';

/** The account page and its chart come in their own files, fetched once the first screen is up. */
const AccountPage = lazyScreen(() => import('./views/account/AccountPage').then((m) => {
  m.prefetchChart();
  return m.AccountPage;
}));

/** The search across accounts, with the same details as the account page. */
const SearchPage = lazyScreen(() => import('./views/search/SearchPage').then((m) => m.SearchPage));

/** Reports, budgets and recurring entries, each in its own file, fetched when first opened. */
const ReportsPage = lazyScreen(() => import('./views/reports/ReportsPage').then((m) => m.ReportsPage));
const BudgetsPage = lazyScreen(() => import('./views/budgets/BudgetsPage').then((m) => m.BudgetsPage));
const RecurringPage = lazyScreen(() => import('./views/recurring/RecurringPage').then((m) => m.RecurringPage));
const SecurityPage = lazyScreen(() => import('./views/security/SecurityPage').then((m) => m.SecurityPage));

/** Statement imports: the wizard of an account and the list of past imports. */
const ImportWizard = lazyScreen(() => import('./views/imports/ImportWizard').then((m) => m.ImportWizard));
const ImportsPage = lazyScreen(() => import('./views/imports/ImportsPage').then((m) => m.ImportsPage));

/** Why the login page is showing, when it is not the first visit. */
type Notice = 'session-ended' | 'logged-out' | 'account-deleted' | null;

export function App() {
  const [path, setPath] = useState(location.pathname + location.search);
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [notice, setNotice] = useState<Notice>(null);
  const [startFailure, setStartFailure] = useState<unknown>(null);
  const live = useMemo(() => new LiveConnection('/api/events'), []);
  const tabs = useMemo(tabChannel, []);
  const [liveState, setLiveState] = useState<LiveState>('stopped');
  // Callbacks registered once read the current user from here, not from a stale closure.
  const signedIn = useRef<User | null | undefined>(undefined);
  signedIn.current = user;
  const checking = useRef(false);

  const navigate = (to: string, replace = false) => {
    if (replace) {
      history.replaceState(null, '', to);
    } else {
      history.pushState(null, '', to);
    }
    focusNextHeading();
    setPath(to);
    scrollTo(0, 0);
  };

  /** The session is over (here or in another tab): every tab goes to the login page and says so. */
  const sessionEnded = (tellOtherTabs: boolean) => {
    if (!signedIn.current) {
      return;
    }
    live.stop();
    const here = location.pathname + location.search;
    if (here.startsWith('/u/')) {
      sessionStorage.setItem(RETURN_KEY, here);
    }
    signedIn.current = null;
    setUser(null);
    setNotice('session-ended');
    if (tellOtherTabs) {
      tabs.tell('session-ended');
    }
    navigate('/login', true);
  };

  /** Who is logged in, if anyone; a server that cannot be reached is not taken for "nobody". */
  const findSession = () => {
    setStartFailure(null);
    auth.me().then(setUser, (error: unknown) => {
      if (error instanceof ApiError) {
        setUser(null);
      } else {
        setStartFailure(error);
      }
    });
  };

  /** Asks the server whether the session still holds; a refusal ends it through onSessionRefused. */
  const checkSession = () => {
    if (signedIn.current && !checking.current) {
      checking.current = true;
      auth.me().catch(() => undefined).finally(() => {
        checking.current = false;
      });
    }
  };

  useEffect(() => {
    const onPop = () => {
      focusNextHeading();
      setPath(location.pathname + location.search);
    };
    addEventListener('popstate', onPop);
    onSessionRefused(() => sessionEnded(true));
    findSession();
    const stopListening = tabs.listen((news) => {
      if (news === 'session-ended') {
        sessionEnded(false);
      } else if (!signedIn.current) {
        auth.me().then((u) => {
          setNotice(null);
          setUser(u);
          navigate(returnTo(u, location.pathname), true);
        }).catch(() => undefined);
      }
    });
    const unsubscribe = live.subscribe({
      state: (state) => {
        setLiveState(state);
        // A stream that fails may have been ended by a logout elsewhere, or by an expired token.
        if (state === 'reconnecting') {
          checkSession();
        }
      },
      sessionEnded: () => sessionEnded(true),
    });
    return () => {
      removeEventListener('popstate', onPop);
      stopListening();
      unsubscribe();
    };
  }, []);

  useEffect(() => {
    if (user) {
      live.start();
      setTimeout(() => {
        AccountPage.prefetch();
        SearchPage.prefetch();
      }, 1000);
    } else {
      live.stop();
    }
  }, [user]);

  const current = route(path);
  const entryPage = current.page === 'home' || current.page === 'login' || current.page === 'register';
  useEffect(() => {
    if (user && entryPage) {
      navigate(`/u/${user.username}`, true);
    }
  }, [user, entryPage]);

  if (user === undefined) {
    return startFailure === null ? <p class="muted loading">{t('app.loading')}</p> : (
      <main id="main" class="narrow">
        <PageHeading title={t('app.name')} />
        <LoadError what={t('what.session')} error={startFailure} onRetry={findSession} />
      </main>
    );
  }

  const signIn = async (username: string, password: string, secondFactor?: auth.SecondFactor) => {
    loggedIn(await auth.login(username, password, secondFactor));
  };

  const loggedIn = (who: auth.User) => {
    const wanted = returnTo(who, path);
    signedIn.current = who;
    setNotice(null);
    setUser(who);
    tabs.tell('logged-in');
    navigate(wanted, true);
  };

  if (!user) {
    const register = current.page === 'register';
    return (
      <NavigationContext.Provider value={navigate}>
        {register ? (
          <AuthForm mode="register"
              onSubmit={async (u, p) => { await auth.register(u, p); await signIn(u, p); }}
              footer={<>{t('auth.register.footer')} <Link href="/login">{t('auth.register.switch')}</Link></>} />
        ) : (
          <AuthForm mode="login" onSubmit={signIn} onPasskey={async () => loggedIn(await signInWithPasskey())}
              notice={notice === 'session-ended' ? t('auth.sessionEnded')
                : notice === 'logged-out' ? t('auth.loggedOut')
                  : notice === 'account-deleted' ? t('auth.accountDeleted') : undefined}
              footer={<>{t('auth.login.footer')} <Link href="/register">{t('auth.login.switch')}</Link></>} />
        )}
      </NavigationContext.Provider>
    );
  }

  /** This tab ends the session on purpose; the other tabs learn that it ended. */
  const leave = (why: Notice) => {
    sessionStorage.removeItem(RETURN_KEY);
    signedIn.current = null;
    tabs.tell('session-ended');
    setUser(null);
    setNotice(why);
    navigate('/login');
  };

  const session: Session = {
    user,
    live,
    signOut: async () => {
      live.stop();
      await auth.logout().catch(() => undefined);
      leave('logged-out');
    },
    accountDeleted: () => {
      live.stop();
      leave('account-deleted');
    },
    passwordSet: () => setUser({ ...user, hasPassword: true }),
  };

  const home = `/u/${user.username}`;
  return (
    <NavigationContext.Provider value={navigate}>
      <SessionContext.Provider value={session}>
        <a class="skip" href="#main">{t('app.skip')}</a>
        <header class="top">
          <Link class="brand" href={home}>{t('app.name')}</Link>
          <span class={`live live-${liveState}`} role="status" aria-live="polite" data-testid="live-state">
            {t(`live.${liveState}`)}
          </span>
          {current.page !== 'search' && <HeaderSearch username={user.username} />}
          <span class="who" title={t('app.account', { username: user.username })}>{user.username}</span>
          <Link href={`${home}/security`} current={current.page === 'security'}>{t('nav.security')}</Link>
          <button type="button" class="link-button" onClick={() => session.signOut()}>{t('nav.logout')}</button>
        </header>
        <MainNav username={user.username} current={current.page} />
        {screenFor(current, user)}
        <LiveNotices />
      </SessionContext.Provider>
    </NavigationContext.Provider>
  );
}

/** Where to go after logging in: back where the session ended, or to the user's dashboard. */
function returnTo(user: User, path: string): string {
  const home = `/u/${user.username}`;
  const remembered = sessionStorage.getItem(RETURN_KEY);
  sessionStorage.removeItem(RETURN_KEY);
  for (const wanted of [remembered, path]) {
    if (wanted && (wanted === home || wanted.startsWith(`${home}/`))) {
      return wanted;
    }
  }
  return home;
}

/** What a logged-in user sees at an address. Every user's pages open for that user only. */
function screenFor(current: Route, user: User) {
  switch (current.page) {
    case 'home':
    case 'login':
    case 'register':
      return null; // App moves on to the dashboard right away
    case 'dashboard':
      return current.username === user.username ? <Dashboard /> : <NotFound />;
    case 'account':
      return current.username === user.username
        ? <AccountPage key={current.accountId} accountId={current.accountId} />
        : <NotFound />;
    case 'import':
      return current.username === user.username
        ? <ImportWizard key={current.accountId} accountId={current.accountId} />
        : <NotFound />;
    case 'imports':
      return current.username === user.username ? <ImportsPage /> : <NotFound />;
    case 'search':
      return current.username === user.username ? <SearchPage query={current.query} /> : <NotFound />;
    case 'reports':
      return current.username === user.username ? <ReportsPage /> : <NotFound />;
    case 'budgets':
      return current.username === user.username ? <BudgetsPage /> : <NotFound />;
    case 'recurring':
      return current.username === user.username ? <RecurringPage /> : <NotFound />;
    case 'security':
      return current.username === user.username ? <SecurityPage /> : <NotFound />;
    case 'not-found':
      return <NotFound />;
    default:
      return noScreenFor(current);
  }
}

/** A route added without a case above no longer compiles here, since only `never` fits. */
function noScreenFor(route: never): never {
  throw new Error(`No screen for ${JSON.stringify(route)}`);
}
