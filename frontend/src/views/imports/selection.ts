import type { CommitRequest, ImportRow, RowStatus } from '../../api/imports';
import { negate, plus } from '../../decimal';

/** The rows to import when the preview opens: every new row; duplicates wait to be chosen, invalid rows cannot. */
export function initialSelection(rows: readonly ImportRow[]): ReadonlySet<number> {
  return new Set(rows.filter((r) => r.status === 'new').map((r) => r.row));
}

export function selectable(row: ImportRow): boolean {
  return row.status !== 'invalid';
}

/** The selection with one row chosen or not; an invalid row is never chosen. */
export function toggled(selected: ReadonlySet<number>, row: ImportRow, on: boolean): ReadonlySet<number> {
  const next = new Set(selected);
  if (on && selectable(row)) {
    next.add(row.row);
  } else {
    next.delete(row.row);
  }
  return next;
}

/** The selection with every selectable row of a list added or taken out. */
export function toggledAll(selected: ReadonlySet<number>, rows: readonly ImportRow[], on: boolean): ReadonlySet<number> {
  const next = new Set(selected);
  for (const row of rows) {
    if (on && selectable(row)) {
      next.add(row.row);
    } else if (!on) {
      next.delete(row.row);
    }
  }
  return next;
}

/** The commit as the server takes it: new rows left out are skipped, duplicates chosen are included. */
export function commitRequest(rows: readonly ImportRow[], selected: ReadonlySet<number>,
    openingBalance: boolean): CommitRequest {
  const skip: number[] = [];
  const include: number[] = [];
  for (const row of rows) {
    if (row.status === 'new' && !selected.has(row.row)) {
      skip.push(row.row);
    } else if (row.status === 'duplicate' && selected.has(row.row)) {
      include.push(row.row);
    }
  }
  return { skip, include, openingBalance };
}

export interface SelectionSummary {
  chosen: number;
  /** The sum of the chosen rows' signed amounts, with the opening balance when it is added. */
  change: string;
}

export function summarize(rows: readonly ImportRow[], selected: ReadonlySet<number>,
    opening: string | null): SelectionSummary {
  let change = opening ?? '0';
  let chosen = 0;
  for (const row of rows) {
    if (selected.has(row.row) && row.amount) {
      change = plus(change, row.amount);
      chosen++;
    }
  }
  return { chosen, change };
}

export type RowFilter = 'all' | RowStatus;

export function filtered(rows: readonly ImportRow[], filter: RowFilter): readonly ImportRow[] {
  return filter === 'all' ? rows : rows.filter((r) => r.status === filter);
}

/** One page of a long list: rows [page × size, (page + 1) × size), and how many pages there are. */
export function pageOf<T>(items: readonly T[], page: number, size: number): { items: readonly T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const shown = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(shown * size, (shown + 1) * size), page: shown, pages };
}

/** A signed amount as its size and direction: "-12.50" → { size: "12.50", incoming: false }. */
export function direction(amount: string): { size: string; incoming: boolean } {
  const incoming = !amount.startsWith('-');
  return { size: incoming ? amount : negate(amount), incoming };
}
