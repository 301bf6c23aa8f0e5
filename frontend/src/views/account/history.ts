import { useEffect, useRef, useState } from 'preact/hooks';
import { type Entry, history, type HistoryFilter } from '../../api/ledger';
import { negate, plus } from '../../decimal';
import type { LiveConnection } from '../../live/connection';
import { containsFolded, fold } from '../../text';

export const PAGE_SIZE = 100;

/** Whether an entry adds to its account's balance. */
export function isIncoming(entry: Pick<Entry, 'type'>): boolean {
  return entry.type === 'deposit' || entry.type === 'transfer_in';
}

/** The entry's effect on the balance: "12.00" in, "-12.00" out. */
export function signedAmount(entry: Entry): string {
  return isIncoming(entry) ? entry.amount : negate(entry.amount);
}

/** The balance after a row in the list's order (by day), or null while it is not known yet. */
export function shownBalance(entry: Entry): string | null {
  return entry.runningBalance ?? null;
}

/** Whether a filter narrows the history at all. */
export function isFiltered(filter: HistoryFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined && value !== '');
}

/**
 * Whether an entry that arrives live belongs in the history under a filter, judged as the server judges it:
 * payee and tag exactly (regardless of case), the text anywhere in the description, payee, notes, tags or
 * category name. The pages themselves come filtered from the server.
 */
export function matches(entry: Entry, filter: HistoryFilter): boolean {
  if (filter.type && !filter.type.split(',').includes(entry.type)) {
    return false;
  }
  if ((filter.from && entry.occurredOn < filter.from) || (filter.to && entry.occurredOn > filter.to)) {
    return false;
  }
  if (filter.categoryId !== undefined && entry.category?.id !== filter.categoryId) {
    return false;
  }
  if (filter.tag && !entry.tags.some((tag) => fold(tag) === fold(filter.tag!))) {
    return false;
  }
  if (filter.payee && (entry.payee === null || fold(entry.payee) !== fold(filter.payee))) {
    return false;
  }
  const q = filter.q;
  return !q || [entry.description, entry.payee, entry.notes, entry.category?.name, ...entry.tags]
    .some((text) => containsFolded(text, q));
}

/**
 * Whether a comes before b in the history, as the server orders it: the later day first, and within a day the
 * later recorded (seq counts an account's entries in recording order).
 */
export function before(a: Entry, b: Entry): boolean {
  return a.occurredOn > b.occurredOn || (a.occurredOn === b.occurredOn && a.seq > b.seq);
}

function shifted(row: Entry, delta: string): Entry {
  return row.runningBalance === null ? row : { ...row, runningBalance: plus(row.runningBalance, delta) };
}

/**
 * The rows once an entry is recorded that the list does not show (it does not pass the filter): the running
 * balance of every row after it in time (a later day) now includes it, as the server counts every entry of
 * the account, filtered or not.
 */
export function withBalancesAfter(rows: readonly Entry[], entry: Entry): readonly Entry[] {
  const delta = signedAmount(entry);
  let changed = false;
  const next = rows.map((row) => {
    if (row.id === entry.id || !before(row, entry)) {
      return row;
    }
    const moved = shifted(row, delta);
    changed ||= moved !== row;
    return moved;
  });
  return changed ? next : rows;
}

/**
 * The rows with one more entry in its place (by day, newest first; first among the rows of its day, since it
 * was recorded last). Every row after it in time shows a balance that includes it. An entry older than every
 * loaded row is left for "Load more", unless the whole history is loaded already. `contiguous` says that the
 * rows are the account's history without gaps (no filter), so that the entry's own running balance follows
 * from the row below it; otherwise it stays null, for the server to say.
 */
export function withEntry(rows: readonly Entry[], entry: Entry, everythingLoaded: boolean,
    contiguous = false): readonly Entry[] {
  if (rows.some((row) => row.id === entry.id)) {
    return rows;
  }
  const shiftedRows = withBalancesAfter(rows, entry);
  const found = rows.findIndex((row) => before(entry, row));
  const index = found < 0 ? rows.length : found;
  const below = rows[index];
  if (!below && !everythingLoaded) {
    return shiftedRows;
  }
  let running: string | null = null;
  if (contiguous && below) {
    running = below.runningBalance === null ? null : plus(below.runningBalance, signedAmount(entry));
  } else if (contiguous) {
    // the account's oldest entry: accounts open at zero
    running = plus('0', signedAmount(entry));
  }
  return [...shiftedRows.slice(0, index), { ...entry, runningBalance: running }, ...shiftedRows.slice(index)];
}

/**
 * The rows once an entry of the account is recorded, as a reload would show them: in its place if it passes
 * the filter (and is not older than every row while more pages exist), and counted in the running balances of
 * the rows after it in time either way.
 */
export function withRecorded(rows: readonly Entry[], entry: Entry, filter: HistoryFilter,
    everythingLoaded: boolean): readonly Entry[] {
  return matches(entry, filter) ? withEntry(rows, entry, everythingLoaded, !isFiltered(filter))
    : withBalancesAfter(rows, entry);
}

/** The rows with the server's running balance for a row that did not know it yet. */
export function withRunningBalance(rows: readonly Entry[], id: number, balance: string): readonly Entry[] {
  const index = rows.findIndex((row) => row.id === id);
  if (index < 0 || rows[index].runningBalance !== null) {
    return rows;
  }
  return [...rows.slice(0, index), { ...rows[index], runningBalance: balance }, ...rows.slice(index + 1)];
}

/** The rows with an entry's new state (its metadata edited, or its reversal recorded); its balance stays. */
export function withUpdate(rows: readonly Entry[], entry: Entry): readonly Entry[] {
  const index = rows.findIndex((row) => row.id === entry.id);
  if (index < 0) {
    return rows;
  }
  const old = rows[index];
  // what the update does not carry (the running balance, the account of a search result) stays
  const next = { ...old, ...entry, runningBalance: entry.runningBalance ?? old.runningBalance };
  return [...rows.slice(0, index), next, ...rows.slice(index + 1)];
}

/** A row of the history: an entry, or an entry and the reversal that cancelled it, shown as one. */
export interface HistoryItem {
  entry: Entry;
  reversal?: Entry;
}

/**
 * Each reversal whose entry is loaded too is shown with it as one corrected row, in the reversal's place
 * (its balance is the balance after both).
 */
export function foldCorrections(rows: readonly Entry[]): HistoryItem[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const folded = new Set<number>();
  for (const row of rows) {
    if (row.reversalOf !== null && byId.has(row.reversalOf)) {
      folded.add(row.reversalOf);
    }
  }
  const items: HistoryItem[] = [];
  for (const row of rows) {
    if (folded.has(row.id)) {
      continue;
    }
    const original = row.reversalOf === null ? undefined : byId.get(row.reversalOf);
    items.push(original ? { entry: original, reversal: row } : { entry: row });
  }
  return items;
}

export type LoadState = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; error: unknown };

/**
 * An account's history as far as it has been loaded: the first page for the current filter, more pages on
 * request, and new entries as they are posted here or arrive live. A failed load is kept as such (with its
 * error), never shown as an empty history. Each row remembers the page it came with (`pageOf`), so that the
 * table can keep rows in stable groups.
 */
export function useHistory(accountId: number, live: LiveConnection) {
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [rows, setRows] = useState<readonly Entry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [first, setFirst] = useState<LoadState>({ state: 'loading' });
  const [more, setMore] = useState<LoadState>({ state: 'ready' });
  const [fresh, setFresh] = useState<ReadonlySet<number>>(new Set());
  const generation = useRef(0);
  const pages = useRef(new Map<number, number>());
  const counted = useRef(new Set<number>());
  const current = useRef({ filter, cursor, rows });
  current.current = { filter, cursor, rows };

  function remember(items: readonly Entry[], page: number) {
    for (const item of items) {
      pages.current.set(item.id, page);
    }
  }

  function loadFirst() {
    const asked = ++generation.current;
    setFirst({ state: 'loading' });
    setMore({ state: 'ready' });
    history(accountId, filter, null, PAGE_SIZE).then((page) => {
      if (asked === generation.current) {
        pages.current.clear();
        remember(page.items, 0);
        setRows(page.items);
        setCursor(page.nextCursor);
        setFirst({ state: 'ready' });
      }
    }, (error: unknown) => {
      if (asked === generation.current) {
        setRows([]);
        setCursor(null);
        setFirst({ state: 'failed', error });
      }
    });
  }

  async function loadMore() {
    if (!cursor || more.state === 'loading') {
      return;
    }
    const asked = generation.current;
    setMore({ state: 'loading' });
    try {
      const page = await history(accountId, filter, cursor, PAGE_SIZE);
      if (asked === generation.current) {
        const number = Math.max(0, ...pages.current.values()) + 1;
        setRows((list) => {
          const known = new Set(list.map((row) => row.id));
          const items = page.items.filter((row) => !known.has(row.id));
          remember(items, number);
          return [...list, ...items];
        });
        setCursor(page.nextCursor);
        setMore({ state: 'ready' });
      }
    } catch (error) {
      if (asked === generation.current) {
        setMore({ state: 'failed', error });
      }
    }
  }

  /**
   * A new entry of this account, posted here or elsewhere: shown in its place by day and highlighted, and
   * counted in the running balances of the rows after it in time, whether it passes the filter or not.
   */
  function add(entry: Entry) {
    const { filter: now, cursor: next, rows: list } = current.current;
    if (entry.accountId !== accountId || counted.current.has(entry.id) || list.some((row) => row.id === entry.id)) {
      return;
    }
    // posted here, the entry comes twice: with the answer and live
    counted.current.add(entry.id);
    setRows((rows) => withRecorded(rows, entry, now, next === null));
    const index = list.findIndex((row) => before(entry, row));
    if (!matches(entry, now) || (index < 0 && next !== null)) {
      // not shown: hidden by the filter, or older than every row loaded ("Load more" brings it in its place)
      return;
    }
    const neighbour = list[index < 0 ? list.length - 1 : index];
    pages.current.set(entry.id, neighbour ? pages.current.get(neighbour.id) ?? 0 : 0);
    setFresh((ids) => new Set(ids).add(entry.id));
    if (isFiltered(now)) {
      askRunningBalance(entry);
    }
  }

  /**
   * Under a filter the rows have gaps, so the running balance of an entry that arrived live cannot follow from
   * its neighbour: the server says it (the entry is among the newest of its day, having been recorded last).
   */
  function askRunningBalance(entry: Entry) {
    const asked = generation.current;
    history(accountId, { from: entry.occurredOn, to: entry.occurredOn }, null, PAGE_SIZE).then((page) => {
      const balance = page.items.find((row) => row.id === entry.id)?.runningBalance;
      if (asked === generation.current && balance) {
        setRows((rows) => withRunningBalance(rows, entry.id, balance));
      }
    }, () => undefined);
  }

  /** An entry's new state, from this tab or another. */
  function update(entry: Entry) {
    if (entry.accountId === accountId) {
      setRows((rows) => withUpdate(rows, entry));
    }
  }

  useEffect(loadFirst, [accountId, filter]);
  // an import brings many entries at once: the history is read again rather than entry by entry
  const reload = useRef(loadFirst);
  reload.current = loadFirst;
  useEffect(() => live.subscribe({
    entry: add,
    entryUpdated: update,
    imported: (event) => {
      if (event.accountId === accountId) {
        reload.current();
      }
    },
  }), [accountId]);

  return {
    filter, setFilter, rows, cursor, first, more, fresh, retry: loadFirst, loadMore, add, update,
    pageOf: (id: number) => pages.current.get(id) ?? 0,
  };
}
