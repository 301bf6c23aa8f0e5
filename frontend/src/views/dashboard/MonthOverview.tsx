import { useEffect, useRef } from 'preact/hooks';
import { budgetStatus } from '../../api/budgets';
import { ApiError } from '../../api/http';
import { spendingReport } from '../../api/reports';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { todayIn } from '../../dates';
import { compare, isZero } from '../../decimal';
import { t } from '../../i18n';
import { formatMoney } from '../../money';
import { useSession } from '../../session';
import { useLoad } from '../../useLoad';
import { barWidth, budgetLine, budgetState, monthName } from '../budgets/budgetData';

/** This month's spending per currency (total and the biggest categories) and how far each budget is used. */
export function MonthOverview({ currencies: order }: { currencies: string[] }) {
  const { user, live } = useSession();
  const today = todayIn(user.timeZone);
  const month = today.slice(0, 7);
  const spending = useLoad(() => spendingReport({ from: `${month}-01`, to: today, interval: 'month' }, 'category'), [month]);
  const budgets = useLoad(() => budgetStatus(month), [month]);
  const base = `/u/${user.username}`;

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    const later = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        spending.retry();
        budgets.retry();
      }, 400);
    };
    const stop = live.subscribe({ entry: later, entryUpdated: later, budget: later });
    return () => {
      clearTimeout(timer.current);
      stop();
    };
  }, []);

  const rank = (currency: string) => (order.includes(currency) ? order.indexOf(currency) : order.length);
  const currencies = (spending.data?.currencies ?? []).filter((c) => c.totals.some((v) => !isZero(v)))
    .sort((a, b) => rank(a.currency) - rank(b.currency));
  // budgets are a newer part of the API: a server without them shows no budget section rather than an error
  const budgetsMissing = budgets.error instanceof ApiError && budgets.error.status === 404;

  return (
    <section class="month-overview" aria-labelledby="this-month">
      <h2 id="this-month">{t('overview.title', { month: monthName(month) })}</h2>
      <div class="overview-grid">
        <div class="card overview-spending">
          <h3>{t('overview.spending')}</h3>
          {spending.error !== null ? <LoadError what={t('what.spending')} error={spending.error} onRetry={spending.retry} />
            : spending.loading && !spending.data ? <p class="muted">{t('app.loading')}</p>
              : currencies.length === 0 ? <p class="muted">{t('overview.noSpending')}</p>
                : currencies.map((c) => {
                  const top = c.groups.filter((g) => !isZero(g.total)).sort((a, b) => compare(b.total, a.total)).slice(0, 3);
                  return (
                    <div key={c.currency} class="overview-currency">
                      <p class="overview-total" data-spent={c.currency}>{formatMoney(c.totals[0] ?? '0', c.currency)}</p>
                      <ul class="top-categories" aria-label={t('overview.top', { currency: c.currency })}>
                        {top.map((g) => (
                          <li key={g.category?.id ?? 'none'}>
                            <span class="chip">
                              {g.category?.color && <span class="dot" style={{ background: g.category.color }} aria-hidden="true" />}
                              {g.category?.name ?? t('reports.noCategory')}
                            </span>
                            <span class="num">{formatMoney(g.total, c.currency)}</span>
                          </li>
                        ))}
                      </ul>
                    </div>
                  );
                })}
          <p class="overview-link"><Link href={`${base}/reports`}>{t('overview.toReports')}</Link></p>
        </div>
        {!budgetsMissing && (
          <div class="card overview-budgets">
            <h3>{t('overview.budgets')}</h3>
            {budgets.error !== null ? <LoadError what={t('what.budgets')} error={budgets.error} onRetry={budgets.retry} />
              : budgets.loading && !budgets.data ? <p class="muted">{t('app.loading')}</p>
                : (budgets.data?.budgets ?? []).length === 0 ? <p class="muted">{t('overview.noBudgets')}</p> : (
                  <ul class="budget-list compact">
                    {budgets.data!.budgets.map((s) => {
                      const state = budgetState(s);
                      return (
                        <li key={s.budget.id} class={`budget budget-${state}`}>
                          <div class="budget-head">
                            <strong>{s.budget.category.name}</strong>
                            <span class="budget-amounts">{t('budgets.spentOf', {
                              spent: formatMoney(s.spent, s.budget.currency), limit: formatMoney(s.limit, s.budget.currency),
                            })}</span>
                          </div>
                          <div class="bar" aria-hidden="true">
                            <span class={`bar-fill ${state}`} style={{ width: `${barWidth(s.percent)}%` }} />
                          </div>
                          <p class={`budget-line ${state}`}>
                            {state === 'over' || state === 'reached' ? <strong>{`⚠ ${budgetLine(s)}`}</strong> : budgetLine(s)}
                          </p>
                        </li>
                      );
                    })}
                  </ul>
                )}
            <p class="overview-link"><Link href={`${base}/budgets`}>{t('overview.toBudgets')}</Link></p>
          </div>
        )}
      </div>
    </section>
  );
}
