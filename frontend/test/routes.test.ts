import { describe, expect, it } from 'vitest';
import { route } from '../src/routes';

describe('route', () => {
  it('knows every page', () => {
    expect(route('/')).toEqual({ page: 'home' });
    expect(route('/login')).toEqual({ page: 'login' });
    expect(route('/u/alice')).toEqual({ page: 'dashboard', username: 'alice' });
    expect(route('/u/alice/accounts/12')).toEqual({ page: 'account', username: 'alice', accountId: 12 });
    expect(route('/u/alice/accounts/abc')).toEqual({ page: 'not-found' });
    expect(route('/elsewhere')).toEqual({ page: 'not-found' });
    expect(route('/u/alice/reports')).toEqual({ page: 'reports', username: 'alice' });
    expect(route('/u/alice/budgets/')).toEqual({ page: 'budgets', username: 'alice' });
    expect(route('/u/alice/recurring')).toEqual({ page: 'recurring', username: 'alice' });
    expect(route('/u/alice/security')).toEqual({ page: 'security', username: 'alice' });
    expect(route('/u/alice/reports/extra')).toEqual({ page: 'not-found' });
    expect(route('/u/alice/imports')).toEqual({ page: 'imports', username: 'alice' });
    expect(route('/u/alice/accounts/12/import')).toEqual({ page: 'import', username: 'alice', accountId: 12 });
    expect(route('/u/alice/accounts/12/import/x')).toEqual({ page: 'not-found' });
  });
});
