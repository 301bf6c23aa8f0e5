/** The app's addresses. Every user's pages live under /u/<username>; they open for that user only. */
export type Route =
  | { page: 'login' }
  | { page: 'register' }
  | { page: 'home' }
  | { page: 'dashboard'; username: string }
  | { page: 'account'; username: string; accountId: number }
  | { page: 'not-found' };

export function route(path: string): Route {
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
  const dashboard = /^\/u\/([a-z0-9_.-]+)\/?$/.exec(path);
  if (dashboard) {
    return { page: 'dashboard', username: dashboard[1] };
  }
  return { page: 'not-found' };
}
