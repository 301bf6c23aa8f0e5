import uPlot from 'uplot';
import { formatCompactMoney } from '../../../money';
import { stacked } from '../reportData';

export type ChartKind = 'stacked' | 'grouped' | 'line';

/** One series of a report chart: numbers to draw (null: no value) and the exact text of each for the tooltip. */
export interface ReportSeries {
  label: string;
  color: string;
  values: (number | null)[];
  texts: string[];
}

export interface ReportChartData {
  /** One label per period, for the axis. */
  labels: string[];
  /** The whole period of each, for the tooltip. */
  titles: string[];
  series: ReportSeries[];
}

export interface ReportChartHandle {
  setSize(width: number, height: number): void;
  destroy(): void;
}

const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

let measuring: CanvasRenderingContext2D | null = null;

function textWidth(text: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) {
    return text.length * 7;
  }
  measuring.font = FONT;
  return measuring.measureText(text).width;
}

/** Steps between labelled periods: every one, every other, … every 52nd (a year of weeks). */
const STEPS = [1, 2, 3, 4, 6, 12, 13, 26, 52, 104];

/**
 * Draws a report with periods along the x axis (0, 1, 2 … one per period) and money up the y axis: stacked
 * bars (drawn as running totals, biggest first, each painting over the one before), bars side by side, or a
 * line that breaks where a value is missing. The tooltip names the period and every series' exact amount.
 */
export function createReportChart(host: HTMLElement, kind: ChartKind, currency: string,
    data: ReportChartData): ReportChartHandle {
  const css = getComputedStyle(host);
  const color = (name: string) => css.getPropertyValue(name).trim();
  const muted = color('--muted');
  const line = color('--line');
  const count = data.labels.length;
  const paint = (c: string) => (c.startsWith('--') ? color(c) : c);
  data = { ...data, series: data.series.map((s) => ({ ...s, color: paint(s.color) })) };

  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.hidden = true;

  const axis = {
    stroke: muted,
    font: FONT,
    grid: { stroke: line, width: 1 },
    ticks: { stroke: line, width: 1, size: 4 },
  };

  const numbers = data.series.map((s) => s.values.map((v) => v ?? 0));
  let drawn: (number | null)[][];
  let series: uPlot.Series[];
  if (kind === 'stacked') {
    const totals = stacked(numbers);
    drawn = totals.slice().reverse();
    series = data.series.slice().reverse().map((s) => ({
      label: s.label,
      stroke: s.color,
      fill: s.color,
      width: 0,
      paths: uPlot.paths.bars!({ size: [0.7, 48], align: 0 }),
      points: { show: false },
    }));
  } else if (kind === 'grouped') {
    drawn = numbers;
    series = data.series.map((s, i) => ({
      label: s.label,
      stroke: s.color,
      fill: s.color,
      width: 0,
      paths: uPlot.paths.bars!({ size: [0.38, 24], align: i === 0 ? -1 : 1 }),
      points: { show: false },
    }));
  } else {
    drawn = data.series.map((s) => s.values);
    series = data.series.map((s) => ({
      label: s.label,
      stroke: s.color,
      width: 2,
      spanGaps: false,
      points: { show: count <= 40, size: 6, fill: s.color },
    }));
  }

  const showTip = (u: uPlot) => {
    const i = u.cursor.idx;
    if (i === null || i === undefined || u.cursor.left === undefined || u.cursor.left < 0) {
      tip.hidden = true;
      return;
    }
    const title = document.createElement('span');
    title.textContent = data.titles[i];
    const rows = data.series.map((s) => {
      const row = document.createElement('span');
      row.className = 'tip-row';
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = s.color;
      const text = document.createElement('span');
      text.textContent = `${s.label}: ${s.texts[i]}`;
      row.append(swatch, text);
      return row;
    });
    tip.replaceChildren(title, ...rows);
    tip.hidden = false;
    const x = u.valToPos(i, 'x');
    const width = tip.offsetWidth;
    const left = x + 12 + width > u.over.clientWidth ? x - 12 - width : x + 12;
    tip.style.transform = `translate(${Math.max(0, left)}px, 0px)`;
  };

  const valueRange = (_u: uPlot, min: number | null, max: number | null): uPlot.Range.MinMax => {
    const low = Math.min(0, min ?? 0);
    const high = Math.max(max ?? 0, low + 1);
    return [low, high + (high - low) * 0.08];
  };

  const options: uPlot.Options = {
    width: host.clientWidth,
    height: host.clientHeight,
    legend: { show: false },
    // room for half of the last period's label, which is centred on its slot near the right edge
    padding: [12, Math.max(12, Math.ceil(textWidth(data.labels.at(-1) ?? '') / 2)), 0, 0],
    cursor: { drag: { x: false, y: false, setScale: false }, points: { show: kind === 'line' } },
    scales: {
      x: { time: false, range: () => (kind === 'line' && count > 1 ? [-0.25, count - 0.75] : [-0.5, count - 0.5]) },
      y: { range: valueRange },
    },
    axes: [
      {
        ...axis,
        grid: { show: false },
        space: Math.max(40, ...data.labels.map((l) => textWidth(l) + 12)),
        incrs: STEPS,
        values: (_u, splits) => splits.map((s) => (Number.isInteger(s) && data.labels[s] !== undefined ? data.labels[s] : '')),
      },
      {
        ...axis,
        space: 32,
        size: (_u, values) => 14 + Math.ceil(Math.max(24, ...(values ?? []).map(textWidth))),
        values: (_u, splits) => splits.map((v) => formatCompactMoney(v, currency)),
      },
    ],
    series: [{}, ...series],
    hooks: {
      init: [(u) => { u.over.appendChild(tip); }],
      setCursor: [showTip],
    },
  };

  const plot = new uPlot(options, [data.labels.map((_, i) => i), ...drawn] as uPlot.AlignedData, host);
  return {
    setSize(width, height) {
      plot.setSize({ width, height });
    },
    destroy() {
      plot.destroy();
    },
  };
}
