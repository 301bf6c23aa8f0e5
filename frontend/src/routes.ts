/** The app's addresses. Every user's pages live under /u/<username>; they open for that user only. */
export type Route =
  | { page: 'login' }
  | { page: 'register' }
  | { page: 'home' }
  | { page: 'dashboard'; username: string }
  | { page: 'account'; username: string; accountId: number }
  | { page: 'import'; username: string; accountId: number }
  | { page: 'search'; username: string; query: string }
  | { page: 'reports' | 'budgets' | 'recurring' | 'imports' | 'security'; username: string }
  | { page: 'not-found' };

/** The route of an address; its query (`?q=…`) matters only to the search page. */
export function route(address: string): Route {
  const [path, search = ''] = address.split('?', 2);
  if (path === '/' || path === '') {
    return { page: 'home' };
  }
  if (path === '/login') {
    return { page: 'login' };
  }
  if (path === '/register') {
    return { page: 'register' };
  }
  const account = /^\/u\/([a-z0-9_.-]+)\/accounts\/(\d+)\/?$/.exec(path);
  if (account) {
    return { page: 'account', username: account[1], accountId: Number(account[2]) };
  }
  const importing = /^\/u\/([a-z0-9_.-]+)\/accounts\/(\d+)\/import\/?$/.exec(path);
  if (importing) {
    return { page: 'import', username: importing[1], accountId: Number(importing[2]) };
  }
  const searching = /^\/u\/([a-z0-9_.-]+)\/search\/?$/.exec(path);
  if (searching) {
    return { page: 'search', username: searching[1], query: new URLSearchParams(search).get('q') ?? '' };
  }
  const section = /^\/u\/([a-z0-9_.-]+)\/(reports|budgets|recurring|imports|security)\/?$/.exec(path);
  if (section) {
    return { page: section[2] as 'reports' | 'budgets' | 'recurring' | 'imports' | 'security', username: section[1] };
  }
  const dashboard = /^\/u\/([a-z0-9_.-]+)\/?$/.exec(path);
  if (dashboard) {
    return { page: 'dashboard', username: dashboard[1] };
  }
  return { page: 'not-found' };
}
