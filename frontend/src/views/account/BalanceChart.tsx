import { useEffect, useRef, useState } from 'preact/hooks';
import type { Account } from '../../api/accounts';
import type { Entry } from '../../api/ledger';
import { type BalanceSeries, balanceSeries } from '../../api/series';
import { LoadError } from '../../components/LoadError';
import { formatDate } from '../../dates';
import { compare } from '../../decimal';
import { t } from '../../i18n';
import { currencyName, formatMoney } from '../../money';
import { useSession } from '../../session';
import type { ChartData, ChartHandle } from './chart/uplotChart';

export type Range = '30d' | '90d' | '1y' | 'all';

const RANGES: Range[] = ['30d', '90d', '1y', 'all'];
const DAYS: Record<Range, number | null> = { '30d': 30, '90d': 90, '1y': 365, all: null };

/** Where a range starts, counted back from now; undefined for the whole history. */
export function rangeStart(range: Range, now = Date.now()): string | undefined {
  const days = DAYS[range];
  return days === null ? undefined : new Date(now - days * 86_400_000).toISOString();
}

/**
 * The series with a new entry's balance at its end. An entry no later than the series' last point is in it
 * already (the server counted it), whether it came back from the form or through the live stream.
 */
export function withPoint(series: BalanceSeries, entry: Entry): BalanceSeries {
  const last = series.points.at(-1);
  if (entry.accountId !== series.accountId || (last && Date.parse(entry.createdAt) <= Date.parse(last.at))) {
    return series;
  }
  return { ...series, to: entry.createdAt, points: [...series.points, { at: entry.createdAt, balance: entry.balanceAfter }] };
}

function chartData(series: BalanceSeries): ChartData {
  return {
    times: series.points.map((p) => Date.parse(p.at) / 1000),
    values: series.points.map((p) => Number(p.balance)),
    balances: series.points.map((p) => p.balance),
  };
}

function summary(series: BalanceSeries): string {
  const points = series.points;
  const highest = points.reduce((max, p) => (compare(p.balance, max) > 0 ? p.balance : max), '0');
  const money = (amount: string) => formatMoney(amount, series.currency);
  return t('chart.summary', {
    currency: currencyName(series.currency), from: formatDate(series.from), to: formatDate(series.to),
    start: money(points[0]?.balance ?? '0'), end: money(points.at(-1)?.balance ?? '0'), max: money(highest),
  });
}

let chartModule: Promise<typeof import('./chart/uplotChart')> | null = null;

/** Fetches the chart's drawing code (uPlot) ahead of the first chart. */
export function prefetchChart(): void {
  chartModule ??= import('./chart/uplotChart');
  chartModule.catch(() => {
    chartModule = null;
  });
}

/**
 * The account's balance over a chosen period, from the server's balance series: the same whatever history
 * pages are loaded or filtered. New entries extend it live. The drawing library loads with the first chart.
 */
export function BalanceChart({ account, posted }: { account: Account; posted: Entry | null }) {
  const { live } = useSession();
  const [range, setRange] = useState<Range>('all');
  const [series, setSeries] = useState<BalanceSeries | null>(null);
  const [error, setError] = useState<unknown>(null);
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartHandle | null>(null);
  const [dark, setDark] = useState(() => matchMedia('(prefers-color-scheme: dark)').matches);

  function load() {
    setError(null);
    const width = host.current?.clientWidth ?? 600;
    const points = Math.min(1000, Math.max(60, Math.round(width / 2)));
    balanceSeries(account.id, rangeStart(range), points).then(setSeries, setError);
  }

  useEffect(load, [account.id, range]);
  useEffect(() => live.subscribe({ entry: (entry) => setSeries((s) => s && withPoint(s, entry)) }), [account.id]);
  useEffect(() => {
    if (posted) {
      setSeries((s) => s && withPoint(s, posted));
    }
  }, [posted]);

  useEffect(() => {
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    const change = () => setDark(scheme.matches);
    scheme.addEventListener('change', change);
    return () => scheme.removeEventListener('change', change);
  }, []);

  // Colours are read from the page's CSS when the chart is made: a new colour scheme makes a new chart.
  useEffect(() => () => {
    chart.current?.destroy();
    chart.current = null;
  }, [dark, account.currency]);

  useEffect(() => {
    if (!series || !host.current) {
      return;
    }
    let cancelled = false;
    chartModule ??= import('./chart/uplotChart');
    chartModule.then(({ createChart }) => {
      if (cancelled || !host.current) {
        return;
      }
      if (chart.current) {
        chart.current.setData(chartData(series));
      } else {
        chart.current = createChart(host.current, account.currency, chartData(series));
      }
    }, (e: unknown) => {
      chartModule = null;
      setError(e);
    });
    return () => {
      cancelled = true;
    };
  }, [series, dark]);

  useEffect(() => {
    const element = host.current;
    if (!element) {
      return undefined;
    }
    const observer = new ResizeObserver(() => chart.current?.setSize(element.clientWidth, element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <section class="card chart-card" aria-labelledby="chart-title">
      <div class="section-head">
        <h2 id="chart-title">{t('chart.title')}</h2>
        <fieldset class="ranges">
          <legend class="visually-hidden">{t('chart.range')}</legend>
          {RANGES.map((r) => (
            <label key={r} class="kind">
              <input type="radio" name="chart-range" value={r} checked={range === r} onChange={() => setRange(r)} />
              <span>{t(`chart.range.${r}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
      {error !== null && <LoadError what={t('chart.what')} error={error} onRetry={load} />}
      <figure class="chart" hidden={error !== null}>
        <div class="chart-host" ref={host} role="img" aria-label={series ? summary(series) : t('app.loading')} />
      </figure>
    </section>
  );
}
