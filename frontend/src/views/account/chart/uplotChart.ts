import uPlot from 'uplot';
import { formatDateTime, formatTick } from '../../../dates';
import { formatCompactMoney, formatMoney } from '../../../money';

/** A balance series ready to draw: times in seconds, balances as numbers, and the exact strings for the tooltip. */
export interface ChartData {
  times: number[];
  values: number[];
  balances: string[];
}

export interface ChartHandle {
  setData(data: ChartData): void;
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

/** From zero (or the lowest balance, if below) to a little above the highest, so the line is never clipped. */
function balanceRange(_u: uPlot, min: number | null, max: number | null): uPlot.Range.MinMax {
  const low = Math.min(0, min ?? 0);
  const high = Math.max(max ?? 0, low + 1);
  return [low, high + (high - low) * 0.08];
}

/**
 * Draws the balance as a step line (a balance holds until the next entry changes it) with a time axis,
 * an axis in the account's currency and a tooltip that follows the pointer, or a tap. uPlot writes only
 * element.style properties, which the Content-Security-Policy allows; its CSS is part of styles.css.
 */
export function createChart(host: HTMLElement, currency: string, data: ChartData): ChartHandle {
  const css = getComputedStyle(host);
  const color = (name: string) => css.getPropertyValue(name).trim();
  const accent = color('--accent');
  const muted = color('--muted');
  const line = color('--line');
  let current = data;

  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.hidden = true;
  const tipTime = document.createElement('span');
  const tipValue = document.createElement('strong');
  tip.append(tipTime, tipValue);

  const axis = {
    stroke: muted,
    font: FONT,
    grid: { stroke: line, width: 1 },
    ticks: { stroke: line, width: 1, size: 4 },
  };

  const showTip = (u: uPlot) => {
    const i = u.cursor.idx;
    if (i === null || i === undefined || u.cursor.left === undefined || u.cursor.left < 0) {
      tip.hidden = true;
      return;
    }
    tipTime.textContent = formatDateTime(current.times[i] * 1000);
    tipValue.textContent = formatMoney(current.balances[i], currency);
    tip.hidden = false;
    const x = u.valToPos(current.times[i], 'x');
    const y = u.valToPos(current.values[i], 'y');
    const width = tip.offsetWidth;
    const left = x + 12 + width > u.over.clientWidth ? x - 12 - width : x + 12;
    const top = Math.max(0, Math.min(y - tip.offsetHeight - 8, u.over.clientHeight - tip.offsetHeight));
    tip.style.transform = `translate(${Math.max(0, left)}px, ${top}px)`;
  };

  const options: uPlot.Options = {
    width: host.clientWidth,
    height: host.clientHeight,
    legend: { show: false },
    padding: [12, 20, 0, 0],
    cursor: { drag: { x: false, y: false, setScale: false }, points: { size: 9 } },
    scales: { x: { time: true }, y: { range: balanceRange } },
    axes: [
      {
        ...axis,
        space: 90,
        values: (_u, splits, _axis, _space, spacing) => splits.map((s) => formatTick(new Date(s * 1000), spacing)),
      },
      {
        ...axis,
        space: 32,
        size: (_u, values) => 14 + Math.ceil(Math.max(24, ...(values ?? []).map(textWidth))),
        values: (_u, splits) => splits.map((v) => formatCompactMoney(v, currency)),
      },
    ],
    series: [
      {},
      {
        stroke: accent,
        width: 2,
        fill: `${accent}1f`,
        paths: uPlot.paths.stepped!({ align: 1 }),
        points: { show: false },
      },
    ],
    hooks: {
      init: [(u) => { u.over.appendChild(tip); }],
      setCursor: [showTip],
    },
  };

  const plot = new uPlot(options, [data.times, data.values], host);
  return {
    setData(next) {
      current = next;
      plot.setData([next.times, next.values]);
    },
    setSize(width, height) {
      plot.setSize({ width, height });
    },
    destroy() {
      plot.destroy();
    },
  };
}
