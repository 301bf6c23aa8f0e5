import type { Entry } from '../api/ledger';

interface Props {
  entries: Entry[];
  currency: string;
}

const WIDTH = 600;
const HEIGHT = 160;

/** Balance after each entry, oldest on the left. Plain SVG: no script or style inline. */
export function BalanceChart({ entries, currency }: Props) {
  const points = [...entries].sort((a, b) => a.seq - b.seq);
  if (points.length < 2) {
    return <p class="muted">The chart appears once the account has two entries.</p>;
  }
  const values = points.map((e) => Number(e.balanceAfter));
  const max = Math.max(...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const path = values
    .map((v, i) => `${((i / (values.length - 1)) * WIDTH).toFixed(1)},${(HEIGHT - ((v - min) / span) * HEIGHT).toFixed(1)}`)
    .join(' ');
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img"
          aria-label={`Balance over the last ${points.length} entries, in ${currency}`}>
        <polyline points={path} class="chart-line" fill="none" />
      </svg>
      <figcaption class="muted">Balance over the last {points.length} entries</figcaption>
    </figure>
  );
}
