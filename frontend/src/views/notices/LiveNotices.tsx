import { useEffect, useState } from 'preact/hooks';
import { listAccounts } from '../../api/accounts';
import { Link } from '../../components/Link';
import { t } from '../../i18n';
import { useSession } from '../../session';
import { budgetNotice } from '../budgets/budgetData';
import { failedNotice } from '../recurring/recurringData';

interface Notice {
  key: string;
  text: string;
  /** Where to see more: the budgets or the recurring entries. */
  page: 'budgets' | 'recurring';
  warning: boolean;
}

/** At most this many notices stay on screen; the oldest gives way. */
const SHOWN = 3;

/**
 * News from the live stream that is not about the screen being shown: a budget crossed 80 % or 100 %, a
 * recurring entry could not be posted. Announced politely to screen readers; each stays until dismissed.
 */
export function LiveNotices() {
  const { user, live } = useSession();
  const [notices, setNotices] = useState<Notice[]>([]);

  useEffect(() => {
    const add = (notice: Notice) => setNotices((all) => [...all.filter((n) => n.key !== notice.key), notice].slice(-SHOWN));
    return live.subscribe({
      budget: (event) => add({
        key: `budget-${event.budgetId}-${event.month}-${event.threshold}`,
        text: budgetNotice(event),
        page: 'budgets',
        warning: event.threshold >= 100,
      }),
      recurringFailed: (event) => {
        listAccounts().catch(() => []).then((accounts) => add({
          key: `recurring-${event.recurringId}-${event.occursOn}`,
          text: failedNotice(event, accounts.find((a) => a.id === event.accountId)?.currency),
          page: 'recurring',
          warning: true,
        }));
      },
    });
  }, []);

  const dismiss = (key: string) => setNotices((all) => all.filter((n) => n.key !== key));
  return (
    <div class="live-notices" role="status" aria-live="polite" data-testid="live-notices">
      {notices.map((n) => (
        <div key={n.key} class={`live-notice${n.warning ? ' warning' : ''}`}>
          <p>
            {n.warning && <span aria-hidden="true">⚠ </span>}
            {n.text}{' '}
            <Link href={`/u/${user.username}/${n.page}`}>{t(n.page === 'budgets' ? 'notice.toBudgets' : 'notice.toRecurring')}</Link>
          </p>
          <button type="button" class="link-button dismiss" aria-label={t('notice.dismiss')} onClick={() => dismiss(n.key)}>×</button>
        </div>
      ))}
    </div>
  );
}
