import { Link } from '../components/Link';
import { t } from '../i18n';
import type { Route } from '../routes';

const SECTIONS = [
  { page: 'dashboard', path: '', label: 'nav.accounts' },
  { page: 'reports', path: '/reports', label: 'nav.reports' },
  { page: 'budgets', path: '/budgets', label: 'nav.budgets' },
  { page: 'recurring', path: '/recurring', label: 'nav.recurring' },
  { page: 'imports', path: '/imports', label: 'nav.imports' },
] as const;

/** The app's sections, one tap away on every screen; the one shown is marked. */
export function MainNav({ username, current }: { username: string; current: Route['page'] }) {
  return (
    <nav class="main-nav" aria-label={t('nav.main')}>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.page}>
            <Link href={`/u/${username}${s.path}`} current={current === s.page || (s.page === 'dashboard' && current === 'account')
                || (s.page === 'imports' && current === 'import')}>
              {t(s.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
