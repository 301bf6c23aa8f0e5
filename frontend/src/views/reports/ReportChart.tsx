import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { ChartKind, ReportChartData, ReportChartHandle } from './chart/reportChart';

/** A colour of the page's palette ("--in") or a colour of its own ("#1f77b4"). */
export function cssColor(color: string): string {
  return color.startsWith('--') ? `var(${color})` : color;
}

let chartModule: Promise<typeof import('./chart/reportChart')> | null = null;

function useDarkScheme(): boolean {
  const [dark, setDark] = useState(() => matchMedia('(prefers-color-scheme: dark)').matches);
  useEffect(() => {
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    const change = () => setDark(scheme.matches);
    scheme.addEventListener('change', change);
    return () => scheme.removeEventListener('change', change);
  }, []);
  return dark;
}

interface Props {
  kind: ChartKind;
  currency: string;
  data: ReportChartData;
  /** What the chart shows in one sentence, for screen readers (the table view has every number). */
  summary: string;
}

/**
 * A report chart: drawn with uPlot (loaded with the first chart), made again when the data or the colour
 * scheme changes, resized with its box. A legend names the series; the table beside it has every number.
 */
export function ReportChart({ kind, currency, data, summary }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ReportChartHandle | null>(null);
  const [failed, setFailed] = useState(false);
  const dark = useDarkScheme();

  useEffect(() => {
    if (!host.current) {
      return undefined;
    }
    let cancelled = false;
    chartModule ??= import('./chart/reportChart');
    chartModule.then(({ createReportChart }) => {
      if (!cancelled && host.current) {
        chart.current?.destroy();
        chart.current = createReportChart(host.current, kind, currency, data);
      }
    }, () => {
      chartModule = null;
      setFailed(true);
    });
    return () => {
      cancelled = true;
      chart.current?.destroy();
      chart.current = null;
    };
  }, [data, kind, currency, dark]);

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
    <figure class="chart report-chart">
      <div class="chart-host" ref={host} role="img" aria-label={summary} />
      {failed && <p class="form-error">{t('reports.chartFailed')}</p>}
      {(kind !== 'line' || data.series.length > 1) && (
        <figcaption>
          <ul class="legend">
            {data.series.map((s) => (
              <li key={s.label}><span class="swatch" style={{ background: cssColor(s.color) }} aria-hidden="true" />{s.label}</li>
            ))}
          </ul>
        </figcaption>
      )}
    </figure>
  );
}

export interface TableRow {
  key: string;
  label: string;
  cells: ComponentChildren[];
}

/** The numbers of a chart as a table, behind a toggle: for screen readers, and for anyone who wants them. */
export function ReportTable({ id, caption, corner, columns, rows }: {
  id: string; caption: string; corner: string; columns: string[]; rows: TableRow[];
}) {
  return (
    <details class="table-view">
      <summary>{t('reports.showTable')}</summary>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table class="report-table" id={id}>
          <caption id={`${id}-caption`}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{corner}</th>
              {columns.map((c) => <th key={c} scope="col" class="num">{c}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, i) => <td key={i} class="num">{cell}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
