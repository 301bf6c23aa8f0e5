import { useEffect, useRef, useState } from 'preact/hooks';
import { type Entry, history, type HistoryFilter } from '../../api/ledger';
import type { LiveConnection } from '../../live/connection';

export const PAGE_SIZE = 100;

/** Whether an entry belongs in the history under a filter, judged as the server judges it. */
export function matches(entry: Entry, filter: HistoryFilter): boolean {
  if (filter.type && !filter.type.split(',').includes(entry.type)) {
    return false;
  }
  const at = Date.parse(entry.createdAt);
  if ((filter.from && at < Date.parse(filter.from)) || (filter.to && at >= Date.parse(filter.to))) {
    return false;
  }
  return !filter.q || (entry.description ?? '').toLowerCase().includes(filter.q.toLowerCase());
}

/**
 * The rows with one more entry in its place (newest first, by sequence number). An entry older than every
 * loaded row is left for "Load more", unless the whole history is loaded already.
 */
export function withEntry(rows: readonly Entry[], entry: Entry, everythingLoaded: boolean): readonly Entry[] {
  if (rows.some((row) => row.id === entry.id)) {
    return rows;
  }
  const index = rows.findIndex((row) => row.seq < entry.seq);
  if (index < 0) {
    return everythingLoaded ? [...rows, entry] : rows;
  }
  return [...rows.slice(0, index), entry, ...rows.slice(index)];
}

export type LoadState = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; error: unknown };

/**
 * An account's history as far as it has been loaded: the first page for the current filter, more pages on
 * request, and new entries as they are posted here or arrive live. A failed load is kept as such (with its
 * error), never shown as an empty history.
 */
export function useHistory(accountId: number, live: LiveConnection) {
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [rows, setRows] = useState<readonly Entry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [first, setFirst] = useState<LoadState>({ state: 'loading' });
  const [more, setMore] = useState<LoadState>({ state: 'ready' });
  const [fresh, setFresh] = useState<ReadonlySet<number>>(new Set());
  const generation = useRef(0);
  const current = useRef({ filter, cursor });
  current.current = { filter, cursor };

  function loadFirst() {
    const asked = ++generation.current;
    setFirst({ state: 'loading' });
    setMore({ state: 'ready' });
    history(accountId, filter, null, PAGE_SIZE).then((page) => {
      if (asked === generation.current) {
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
        setRows((list) => {
          const known = new Set(list.map((row) => row.id));
          return [...list, ...page.items.filter((row) => !known.has(row.id))];
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

  /** A new entry of this account, posted here or elsewhere: shown in place and highlighted. */
  function add(entry: Entry) {
    const { filter: now, cursor: next } = current.current;
    if (entry.accountId !== accountId || !matches(entry, now)) {
      return;
    }
    setRows((list) => withEntry(list, entry, next === null));
    setFresh((ids) => new Set(ids).add(entry.id));
  }

  useEffect(loadFirst, [accountId, filter]);
  useEffect(() => live.subscribe({ entry: add }), [accountId]);

  return { filter, setFilter, rows, cursor, first, more, fresh, retry: loadFirst, loadMore, add };
}
