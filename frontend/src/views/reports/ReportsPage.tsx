import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Account, listAccounts } from '../../api/accounts';
import {
  type GroupBy, type IncomeExpenseReport, type Interval, incomeExpenseReport, netWorthReport, type ReportRange,
  spendingReport, type SpendingReport,
} from '../../api/reports';
import { Field } from '../../components/Field';
import { LoadError } from '../../components/LoadError';
import { PageHeading } from '../../components/PageHeading';
import { formatCalendarDay, todayIn } from '../../dates';
import { compare, isZero, sum as sumOf } from '../../decimal';
import { t, tn } from '../../i18n';
import { currencyName, formatMoney } from '../../money';
import { useSession } from '../../session';
import { accountCurrencies } from '../dashboard/Dashboard';
import { useLoad } from '../../useLoad';
import type { ReportChartData } from './chart/reportChart';
import { ReportChart, ReportTable } from './ReportChart';
import {
  chartGroups, checkCustomRange, defaultInterval, groupLabel, netWorthInterval, netWorthPoints, periodLabel,
  periodRange, RANGE_CHOICES, type RangeChoice, rangeDays, trimIncomeExpense, trimSpending,
} from './reportData';

const INTERVALS: Interval[] = ['week', 'month', 'year'];
const GROUPINGS: GroupBy[] = ['category', 'payee', 'tag'];

/** Spending, income against expense and net worth over a chosen range, in one of the user's currencies. */
export function ReportsPage() {
  const { user } = useSession();
  const today = todayIn(user.timeZone);
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [accountsError, setAccountsError] = useState<unknown>(null);
  const [range, setRange] = useState<RangeChoice>('30d');
  const [custom, setCustom] = useState({ from: rangeDays('90d', today).from, to: today });
  const [typed, setTyped] = useState(custom);
  const [customErrors, setCustomErrors] = useState<Record<string, string>>({});
  const [chosenInterval, setChosenInterval] = useState<Interval | null>(null);
  const [chosenCurrency, setChosenCurrency] = useState<string | null>(null);
  const [groupBy, setGroupBy] = useState<GroupBy>('category');

  function loadAccounts() {
    setAccountsError(null);
    listAccounts().then(setAccounts, setAccountsError);
  }
  useEffect(loadAccounts, []);

  const currencies = accounts ? accountCurrencies(accounts) : [];
  const currency = chosenCurrency && currencies.includes(chosenCurrency) ? chosenCurrency : currencies[0];
  const { from, to } = range === 'custom' ? custom : rangeDays(range, today);
  const firstDay = accounts?.map((a) => todayIn(user.timeZone, new Date(a.createdAt))).sort()[0];
  const interval = chosenInterval ?? defaultInterval(range, from, to, firstDay);
  const trim = range === 'all';
  const query: ReportRange | null = currency ? { from, to, interval, currency } : null;

  function chooseRange(next: RangeChoice) {
    setRange(next);
    setChosenInterval(null);
  }

  function applyCustom(event: Event) {
    event.preventDefault();
    const errors = checkCustomRange(typed.from, typed.to);
    setCustomErrors(errors);
    if (Object.keys(errors).length === 0) {
      setCustom(typed);
      setChosenInterval(null);
    }
  }

  return (
    <main id="main" class="reports">
      <PageHeading title={t('reports.title')} />
      {accountsError !== null ? <LoadError what={t('what.accounts')} error={accountsError} onRetry={loadAccounts} />
        : accounts === null ? <p class="muted" role="status">{t('app.loading')}</p> : (
          <>
            <div class="report-controls card">
              <fieldset class="ranges wrap">
                <legend>{t('reports.range')}</legend>
                {RANGE_CHOICES.map((r) => (
                  <label key={r} class="kind">
                    <input type="radio" name="report-range" value={r} checked={range === r} onChange={() => chooseRange(r)} />
                    <span>{t(`reports.range.${r}`)}</span>
                  </label>
                ))}
              </fieldset>
              {range === 'custom' && (
                <form class="inline custom-range" onSubmit={applyCustom} noValidate>
                  <Field id="report-from" label={t('reports.from')} error={customErrors.from}>
                    <input id="report-from" type="date" value={typed.from} aria-invalid={!!customErrors.from}
                        onInput={(e) => setTyped({ ...typed, from: e.currentTarget.value })} />
                  </Field>
                  <Field id="report-to" label={t('reports.to')} error={customErrors.to}>
                    <input id="report-to" type="date" value={typed.to} aria-invalid={!!customErrors.to}
                        onInput={(e) => setTyped({ ...typed, to: e.currentTarget.value })} />
                  </Field>
                  <button type="submit">{t('reports.show')}</button>
                </form>
              )}
              <div class="report-selects">
                <Field id="report-interval" label={t('reports.interval')}>
                  <select id="report-interval" value={interval}
                      onChange={(e) => setChosenInterval(e.currentTarget.value as Interval)}>
                    {INTERVALS.map((i) => <option key={i} value={i}>{t(`reports.interval.${i}`)}</option>)}
                  </select>
                </Field>
                <Field id="report-currency" label={t('reports.currency')}>
                  <select id="report-currency" value={currency} onChange={(e) => setChosenCurrency(e.currentTarget.value)}>
                    {currencies.map((c) => <option key={c} value={c}>{`${c} · ${currencyName(c)}`}</option>)}
                  </select>
                </Field>
              </div>
              <p class="hint" data-testid="report-range">
                {t('reports.covering', { from: formatCalendarDay(from), to: formatCalendarDay(to) })}
              </p>
            </div>
            {query && (
              <div class="report-grid">
                <SpendingSection query={query} groupBy={groupBy} onGroupBy={setGroupBy} trim={trim} />
                <IncomeExpenseSection query={query} trim={trim} />
                <NetWorthSection query={query} trim={trim} />
              </div>
            )}
          </>
        )}
    </main>
  );
}

function Loading() {
  return <p class="muted chart-placeholder" role="status">{t('app.loading')}</p>;
}

function SpendingSection({ query, groupBy, onGroupBy, trim }: {
  query: ReportRange; groupBy: GroupBy; onGroupBy(g: GroupBy): void; trim: boolean;
}) {
  const report = useLoad(() => spendingReport(query, groupBy).then((r) => trimSpending(r, trim)),
    [query.from, query.to, query.interval, query.currency, groupBy, trim]);
  return (
    <section class="card report-card" aria-labelledby="spending-title">
      <div class="section-head">
        <h2 id="spending-title">{t('reports.spending')}</h2>
        <fieldset class="ranges">
          <legend class="visually-hidden">{t('reports.groupBy')}</legend>
          {GROUPINGS.map((g) => (
            <label key={g} class="kind">
              <input type="radio" name="spending-group" value={g} checked={groupBy === g} onChange={() => onGroupBy(g)} />
              <span>{t(`reports.groupBy.${g}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
      {report.error !== null ? <LoadError what={t('what.spending')} error={report.error} onRetry={report.retry} />
        : report.loading || !report.data ? <Loading />
          : <SpendingView report={report.data} currency={query.currency!} />}
    </section>
  );
}

function SpendingView({ report, currency }: { report: SpendingReport; currency: string }) {
  const money = (amount: string) => formatMoney(amount, currency);
  const data = report.currencies.find((c) => c.currency === currency);
  const groups = data ? chartGroups(data.groups, report.groupBy, report.periods.length) : [];
  const chart = useMemo<ReportChartData>(() => ({
    labels: report.periods.map((p) => periodLabel(p, report.interval)),
    titles: report.periods.map((p) => periodRange(p, report.interval)),
    series: groups.map((g) => ({ label: g.label, color: g.color, values: g.values.map(Number), texts: g.values.map(money) })),
  }), [report]);
  if (!data || groups.length === 0) {
    return <p class="muted empty-report">{t('reports.noSpending')}</p>;
  }
  const spent = sumOf(data.totals);
  const all = [...data.groups].sort((a, b) => compare(b.total, a.total));
  return (
    <>
      <p class="report-total">{t('reports.spentTotal', { amount: money(spent) })}</p>
      <ReportChart kind="stacked" currency={currency} data={chart}
          summary={t('reports.spendingSummary', {
            currency: currencyName(currency), total: money(spent), top: groups[0].label, topAmount: money(groups[0].total),
          })} />
      {report.groupBy === 'tag' && <p class="hint">{t('reports.tagHint')}</p>}
      <ReportTable id="spending-table" caption={t('reports.spendingTable', { currency })} corner={t('reports.period')}
          columns={[...all.map((g) => groupLabel(g, report.groupBy)), t('reports.total')]}
          rows={[
            ...report.periods.map((p, i) => ({
              key: p.start, label: periodRange(p, report.interval),
              cells: [...all.map((g) => money(g.values[i])), <strong>{money(data.totals[i])}</strong>],
            })),
            { key: 'total', label: t('reports.total'), cells: [...all.map((g) => money(g.total)), <strong>{money(spent)}</strong>] },
          ]} />
    </>
  );
}

function IncomeExpenseSection({ query, trim }: { query: ReportRange; trim: boolean }) {
  const report = useLoad(() => incomeExpenseReport(query).then((r) => trimIncomeExpense(r, trim)),
    [query.from, query.to, query.interval, query.currency, trim]);
  return (
    <section class="card report-card" aria-labelledby="income-title">
      <div class="section-head"><h2 id="income-title">{t('reports.incomeExpense')}</h2></div>
      {report.error !== null ? <LoadError what={t('what.incomeExpense')} error={report.error} onRetry={report.retry} />
        : report.loading || !report.data ? <Loading />
          : <IncomeExpenseView report={report.data} currency={query.currency!} />}
    </section>
  );
}

function IncomeExpenseView({ report, currency }: { report: IncomeExpenseReport; currency: string }) {
  const money = (amount: string) => formatMoney(amount, currency);
  const data = report.currencies.find((c) => c.currency === currency);
  const chart = useMemo<ReportChartData>(() => ({
    labels: report.periods.map((p) => periodLabel(p, report.interval)),
    titles: report.periods.map((p) => periodRange(p, report.interval)),
    series: data ? [
      { label: t('reports.income'), color: '--in', values: data.income.map(Number), texts: data.income.map(money) },
      { label: t('reports.expense'), color: '--out', values: data.expense.map(Number), texts: data.expense.map(money) },
    ] : [],
  }), [report]);
  const income = data ? sumOf(data.income) : '0';
  const expense = data ? sumOf(data.expense) : '0';
  if (!data || report.periods.length === 0 || (isZero(income) && isZero(expense))) {
    return <p class="muted empty-report">{t('reports.noIncomeExpense')}</p>;
  }
  return (
    <>
      <dl class="report-figures">
        <div><dt>{t('reports.income')}</dt><dd class="in">{money(income)}</dd></div>
        <div><dt>{t('reports.expense')}</dt><dd class="out">{money(expense)}</dd></div>
      </dl>
      <ReportChart kind="grouped" currency={currency} data={chart}
          summary={t('reports.incomeSummary', { currency: currencyName(currency), income: money(income), expense: money(expense) })} />
      <ReportTable id="income-table" caption={t('reports.incomeTable', { currency })} corner={t('reports.period')}
          columns={[t('reports.income'), t('reports.expense'), t('reports.net')]}
          rows={report.periods.map((p, i) => ({
            key: p.start, label: periodRange(p, report.interval),
            cells: [money(data.income[i]), money(data.expense[i]), money(data.net[i])],
          }))} />
    </>
  );
}

function NetWorthSection({ query, trim }: { query: ReportRange; trim: boolean }) {
  const interval = netWorthInterval(query.interval);
  const currency = query.currency!;
  const report = useLoad(() => netWorthReport(query.from, query.to, interval, currency),
    [query.from, query.to, interval, currency]);
  const points = report.data ? netWorthPoints(report.data, trim) : [];
  const money = (amount: string) => formatMoney(amount, currency);
  const chart = useMemo<ReportChartData>(() => ({
    labels: points.map((p) => periodLabel(p.period, interval)),
    titles: points.map((p) => t('reports.endOf', { period: periodRange(p.period, interval) })),
    series: [{
      label: t('reports.netWorth'), color: '--accent', values: points.map((p) => (p.value === null ? null : Number(p.value))),
      texts: points.map((p) => (p.value === null ? t('reports.noRate', { currencies: p.missing.join(', ') }) : money(p.value))),
    }],
  }), [report.data, trim]);
  const gaps = points.filter((p) => p.value === null);
  const last = [...points].reverse().find((p) => p.value !== null);
  return (
    <section class="card report-card" aria-labelledby="networth-title">
      <div class="section-head"><h2 id="networth-title">{t('reports.netWorth')}</h2></div>
      {report.error !== null ? <LoadError what={t('what.netWorth')} error={report.error} onRetry={report.retry} />
        : report.loading || !report.data ? <Loading /> : points.length === 0
          ? <p class="muted empty-report">{t('reports.noNetWorth')}</p> : (
            <>
              <p class="report-total">{last ? t('reports.netWorthLatest', {
                amount: money(last.value!), day: formatCalendarDay(last.period.end),
              }) : t('reports.netWorthNone')}</p>
              {interval !== query.interval && <p class="hint">{t('reports.netWorthMonthly')}</p>}
              <ReportChart kind="line" currency={currency} data={chart}
                  summary={t('reports.netWorthSummary', { currency: currencyName(currency), amount: last ? money(last.value!) : '—' })} />
              {gaps.length > 0 && (
                <p class="notice missing-rates" data-testid="missing-rates">
                  {tn('reports.missingRates', gaps.length, {
                    currencies: [...new Set(gaps.flatMap((g) => g.missing))].join(', '),
                    target: currency,
                  })}
                </p>
              )}
              <ReportTable id="networth-table" caption={t('reports.netWorthTable', { currency })} corner={t('reports.periodEnd')}
                  columns={[t('reports.netWorth')]}
                  rows={points.map((p) => ({
                    key: p.period.start, label: formatCalendarDay(p.period.end),
                    cells: [p.value === null ? <span class="no-rate">{t('reports.noRate', { currencies: p.missing.join(', ') })}</span>
                      : money(p.value)],
                  }))} />
            </>
          )}
    </section>
  );
}
