import { useEffect, useMemo, useState } from 'preact/hooks';
import * as auth from './api/auth';
import type { User } from './api/auth';
import { Link } from './components/Link';
import { LiveConnection, type LiveState } from './live/connection';
import { NavigationContext } from './navigation';
import { type Route, route } from './routes';
import { type Session, SessionContext } from './session';
import { AccountPage } from './views/account/AccountPage';
import { AuthForm } from './views/auth/AuthForm';
import { Dashboard } from './views/dashboard/Dashboard';

const STATE_TEXT: Record<LiveState, string> = {
  connecting: 'Connecting…',
  open: 'Live',
  reconnecting: 'Reconnecting…',
  stopped: 'Offline',
};

export function App() {
  const [path, setPath] = useState(location.pathname);
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const live = useMemo(() => new LiveConnection('/api/events'), []);
  const [liveState, setLiveState] = useState<LiveState>('stopped');

  const navigate = (to: string) => {
    history.pushState(null, '', to);
    setPath(to);
  };

  useEffect(() => {
    const onPop = () => setPath(location.pathname);
    addEventListener('popstate', onPop);
    auth.me().then(setUser).catch(() => setUser(null));
    const unsubscribe = live.subscribe({ state: setLiveState });
    return () => {
      removeEventListener('popstate', onPop);
      unsubscribe();
    };
  }, []);

  useEffect(() => {
    if (user) {
      live.start();
    } else {
      live.stop();
    }
  }, [user]);

  const current = route(path);
  const entryPage = current.page === 'home' || current.page === 'login' || current.page === 'register';
  useEffect(() => {
    if (user && entryPage) {
      navigate(`/u/${user.username}`);
    }
  }, [user, entryPage]);

  if (user === undefined) {
    return <p class="muted">Loading…</p>;
  }

  const signIn = async (username: string, password: string) => {
    const signedIn = await auth.login(username, password);
    setUser(signedIn);
    const wanted = current.page === 'dashboard' || current.page === 'account' ? path : `/u/${signedIn.username}`;
    navigate(wanted.startsWith(`/u/${signedIn.username}`) ? wanted : `/u/${signedIn.username}`);
  };

  if (!user) {
    return (
      <NavigationContext.Provider value={navigate}>
        {current.page === 'register' ? (
          <AuthForm title="Create your Ledger" submitLabel="Register"
              passwordHint="At least 10 characters, and not your username."
              onSubmit={async (u, p) => { await auth.register(u, p); await signIn(u, p); }}
              footer={<>Already registered? <Link href="/login">Log in</Link></>} />
        ) : (
          <AuthForm title="Log in to Ledger" submitLabel="Log in" onSubmit={signIn}
              footer={<>New here? <Link href="/register">Create an account</Link></>} />
        )}
      </NavigationContext.Provider>
    );
  }

  const session: Session = {
    user,
    live,
    signOut: async () => {
      live.stop();
      await auth.logout().catch(() => undefined);
      setUser(null);
      navigate('/login');
    },
  };

  const home = `/u/${user.username}`;
  return (
    <NavigationContext.Provider value={navigate}>
      <SessionContext.Provider value={session}>
        <header class="top">
          <Link class="brand" href={home}>Ledger</Link>
          <span class={`live live-${liveState}`} role="status" aria-live="polite" data-testid="live-state">
            {STATE_TEXT[liveState]}
          </span>
          <span class="who">{user.username}</span>
          <button type="button" onClick={() => session.signOut()}>Log out</button>
        </header>
        {screenFor(current, user)}
      </SessionContext.Provider>
    </NavigationContext.Provider>
  );
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

function NotFound() {
  return <main><h1>Not found</h1><p>There is nothing here.</p></main>;
}
