import { afterEach, describe, expect, it } from 'vitest';
import type { Category } from '../src/api/categories';
import { register } from '../src/api/auth';
import { setTransportForTests } from '../src/api/http';
import { compact, type Entry, history, postingOf } from '../src/api/ledger';
import { lastCategoryOf } from '../src/api/payees';
import { categoryLabel, findCategory, offeredCategories } from '../src/categories';
import { addDays, formatCalendarDay, todayIn } from '../src/dates';
import { negate, plus } from '../src/decimal';
import { route } from '../src/routes';
import { readTags, writeTags } from '../src/tags';
import { fold } from '../src/text';
import {
  foldCorrections, matches, shownBalance, signedAmount, withBalancesAfter, withEntry, withRecorded,
  withRunningBalance, withUpdate,
} from '../src/views/account/history';
import { groupItems } from '../src/views/account/HistoryTable';
import { suggestedCategories } from '../src/views/account/NewEntryForm';
import { changedFields, groupEdits, valueText } from '../src/views/entries/changes';
import { colorFor, PALETTE } from '../src/views/entries/CategoryPicker';

const entry = (id: number, occurredOn: string, extra: Partial<Entry> = {}): Entry => ({
  id, accountId: 1, seq: id, type: 'deposit', amount: '10.00', balanceAfter: '0.00', runningBalance: null, currency: 'USD', occurredOn,
  recordedAt: '2026-05-10T12:00:00Z', createdAt: '2026-05-10T12:00:00Z', description: null, category: null,
  payee: null, tags: [], notes: null, transferId: null, counterpartAccountId: null, reversalOf: null, reversedBy: null,
  ...extra,
});

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), {
  status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' },
});

afterEach(() => setTransportForTests());

describe('signed decimals', () => {
  it('adds amounts that may be negative, exactly', () => {
    expect(plus('10.00', '-12.50')).toBe('-2.50');
    expect(plus('-2.50', '2.5')).toBe('0.00');
    expect(plus('0.1', '0.2')).toBe('0.3');
    expect(negate('3.80')).toBe('-3.80');
    expect(negate('-3.80')).toBe('3.80');
  });
});

describe('days', () => {
  it('says today in the user\'s time zone, not the browser\'s', () => {
    const late = new Date('2026-05-03T23:30:00Z');
    expect(todayIn('UTC', late)).toBe('2026-05-03');
    expect(todayIn('Europe/Berlin', late)).toBe('2026-05-04');
    expect(todayIn('America/Los_Angeles', late)).toBe('2026-05-03');
    expect(todayIn('Not/AZone', late)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('counts days and years across months and leap days', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-02-29', 0, 1)).toBe('2025-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('shows a chosen day as that day, whatever the time zone', () => {
    expect(formatCalendarDay('2026-05-03', 2026)).toBe('May 3');
    expect(formatCalendarDay('2025-12-31', 2026)).toBe('Dec 31, 2025');
  });
});

describe('text as the server searches it', () => {
  it('folds case, accents written two ways and ß', () => {
    expect(fold('CAFÉ')).toBe(fold('cafe\u0301'));
    expect(fold('Straße')).toBe('strasse');
    expect(fold('İstanbul')).toBe('istanbul');
  });
});

describe('tags', () => {
  it('reads tags separated by commas, each once whatever its case', () => {
    expect(readTags(' coffee, #Work ,, COFFEE,café ')).toEqual({ tags: ['coffee', 'Work', 'café'] });
    expect(readTags('')).toEqual({ tags: [] });
    expect(writeTags(['a', 'b c'])).toBe('a, b c');
  });

  it('says when there are too many or one is too long', () => {
    expect(readTags('a,b,c', { max: 2 })).toEqual({ problem: 'too-many', limit: 2 });
    expect(readTags('abcdef', { maxLength: 5 })).toEqual({ problem: 'too-long', limit: 5 });
    expect(readTags('😀😀😀😀😀', { maxLength: 5 })).toEqual({ tags: ['😀😀😀😀😀'] });
  });
});

describe('the history in the order of days', () => {
  const rows = [
    entry(5, '2026-05-09', { runningBalance: '40.00' }),
    entry(4, '2026-05-08', { runningBalance: '30.00' }),
    entry(3, '2026-05-05', { runningBalance: '20.00' }),
  ];

  it('shows the running balance, and none rather than the balance in recording order while it is unknown', () => {
    expect(shownBalance(rows[0])).toBe('40.00');
    expect(shownBalance(entry(1, '2026-05-01', { balanceAfter: '7.00' }))).toBeNull();
  });

  it('puts a new entry of today on top, with the balance after it', () => {
    const next = withEntry(rows, entry(6, '2026-05-10', { type: 'withdrawal', amount: '5.00' }), false, true);
    expect(next.map((r) => [r.id, r.runningBalance])).toEqual([[6, '35.00'], [5, '40.00'], [4, '30.00'], [3, '20.00']]);
    expect(next[1]).toBe(rows[0]);
  });

  it('puts a backdated entry on its day and moves the balances of the later days', () => {
    const next = withEntry(rows, entry(6, '2026-05-06', { amount: '2.50' }), false, true);
    expect(next.map((r) => [r.id, r.runningBalance])).toEqual([[5, '42.50'], [4, '32.50'], [6, '22.50'], [3, '20.00']]);
    expect(next[3]).toBe(rows[2]);
  });

  it('moves every loaded balance for an entry older than the rows loaded, and leaves it to "Load more"', () => {
    const next = withEntry(rows, entry(6, '2026-04-01', { type: 'withdrawal', amount: '1.00' }), false, true);
    expect(next.map((r) => [r.id, r.runningBalance])).toEqual([[5, '39.00'], [4, '29.00'], [3, '19.00']]);
    expect(withEntry(rows, entry(6, '2026-04-01'), true, true).at(-1)).toMatchObject({ id: 6, runningBalance: '10.00' });
  });

  it('under a filter, does not guess the balance of the new entry itself', () => {
    const next = withEntry(rows, entry(6, '2026-05-06'), false, false);
    expect(next.map((r) => [r.id, r.runningBalance])).toEqual([[5, '50.00'], [4, '40.00'], [6, null], [3, '20.00']]);
    expect(withRunningBalance(next, 6, '30.00')[2]).toMatchObject({ id: 6, runningBalance: '30.00' });
    expect(withRunningBalance(rows, 6, '30.00')).toBe(rows);
    expect(withRunningBalance(next, 5, '1.00')).toBe(next);
  });

  it('puts a backdated entry first among the rows of its day, which were recorded before it', () => {
    const day = [entry(5, '2026-05-09', { runningBalance: '40.00' }), entry(4, '2026-05-08', { runningBalance: '30.00' }),
      entry(2, '2026-05-08', { runningBalance: '20.00' }), entry(1, '2026-05-07', { runningBalance: '10.00' })];
    const next = withEntry(day, entry(6, '2026-05-08', { type: 'withdrawal', amount: '0.25' }), false, true);
    expect(next.map((r) => [r.id, r.runningBalance])).toEqual([[5, '39.75'], [6, '29.75'], [4, '30.00'], [2, '20.00'],
      [1, '10.00']]);
  });

  it('places a transfer\'s leg and a reversal like any entry: by day, with the amount signed by its type', () => {
    const leg = withRecorded(rows, entry(6, '2026-05-06', { type: 'transfer_out', amount: '5.00', transferId: 't' }), {}, false);
    expect(leg.map((r) => [r.id, r.runningBalance])).toEqual([[5, '35.00'], [4, '25.00'], [6, '15.00'], [3, '20.00']]);
    const reversal = withRecorded(rows, entry(7, '2026-05-08', { amount: '1.00', reversalOf: 3 }), {}, false);
    expect(reversal.map((r) => [r.id, r.runningBalance])).toEqual([[5, '41.00'], [7, '31.00'], [4, '30.00'], [3, '20.00']]);
  });

  it('moves the balances of the later days for an entry the filter hides, and shows nothing of it', () => {
    const next = withBalancesAfter(rows, entry(6, '2026-05-08', { type: 'withdrawal', amount: '0.01' }));
    expect(next.map((r) => [r.id, r.runningBalance])).toEqual([[5, '39.99'], [4, '30.00'], [3, '20.00']]);
    expect(next[1]).toBe(rows[1]);
    expect(withBalancesAfter(rows, entry(6, '2026-05-10'))).toBe(rows);
  });

  it('takes an entry\'s new state but keeps its balance and the account of a search result', () => {
    const shown = [entry(2, '2026-05-02', { runningBalance: '9.00', account: { id: 1, name: 'Main' } })];
    const next = withUpdate(shown, entry(2, '2026-05-02', { payee: 'Café' }));
    expect(next[0]).toMatchObject({ payee: 'Café', runningBalance: '9.00', account: { id: 1, name: 'Main' } });
    expect(withUpdate(shown, entry(3, '2026-05-02'))).toBe(shown);
  });
});

describe('entries that arrive live, against a reload', () => {
  /**
   * What the server answers on a reload (see HistoryRepository.newestOccurred): by day, newest first, then
   * the later recorded first, each row with the account's balance after it in that order, over every entry of
   * the account whatever the filter.
   */
  const serverOrder = (a: Entry, b: Entry) => b.occurredOn.localeCompare(a.occurredOn) || b.seq - a.seq;

  function reload(all: readonly Entry[], keep: (e: Entry) => boolean = () => true): Entry[] {
    const oldestFirst = [...all].sort(serverOrder).reverse();
    let balance = '0.00';
    const running = new Map<number, string>();
    for (const e of oldestFirst) {
      balance = plus(balance, signedAmount(e));
      running.set(e.id, balance);
    }
    return oldestFirst.reverse().filter(keep).map((e) => ({ ...e, runningBalance: running.get(e.id)! }));
  }

  /** Entries recorded one after the other on days in any order, each a deposit or a withdrawal. */
  function recorded(count: number, seed: number): Entry[] {
    let x = seed;
    const next = (n: number) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return Math.floor((x / 2147483648) * n);
    };
    return Array.from({ length: count }, (_, i) => entry(i + 1, `2026-05-${String(1 + next(12)).padStart(2, '0')}`, {
      type: next(3) === 0 ? 'withdrawal' : 'deposit', amount: `${next(90)}.${String(next(100)).padStart(2, '0')}`,
    }));
  }

  const view = (rows: readonly Entry[]) => rows.map((r) => `${r.id}:${r.runningBalance}`);

  it('shows every backdated entry where a reload would, with the same running balances', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const all = recorded(40, seed);
      let rows: readonly Entry[] = reload(all.slice(0, 10));
      for (let i = 10; i < all.length; i++) {
        rows = withRecorded(rows, all[i], {}, true);
        expect(view(rows)).toEqual(view(reload(all.slice(0, i + 1))));
      }
    }
  });

  it('with more pages to load, keeps to the days loaded and leaves older entries to the next page', () => {
    for (const seed of [6, 7, 8]) {
      const all = recorded(60, seed);
      const firstPage = reload(all.slice(0, 30)).slice(0, 10);
      const last = firstPage.at(-1)!;
      let rows: readonly Entry[] = firstPage;
      for (let i = 30; i < all.length; i++) {
        rows = withRecorded(rows, all[i], {}, false);
      }
      // the rows from the top down to the last one loaded, as a reload shows them; the rest comes with "Load more"
      expect(view(rows)).toEqual(view(reload(all).filter((e) => serverOrder(e, last) <= 0)));
    }
  });

  it('under a filter, shows the entries that pass it and moves the balances for all, the own balance from the server', () => {
    const deposits = (e: Entry) => e.type === 'deposit';
    for (const seed of [9, 10, 11]) {
      const all = recorded(40, seed);
      let rows: readonly Entry[] = reload(all.slice(0, 10), deposits);
      for (let i = 10; i < all.length; i++) {
        rows = withRecorded(rows, all[i], { type: 'deposit' }, true);
        const expected = reload(all.slice(0, i + 1), deposits);
        expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
        if (deposits(all[i])) {
          // what the hook asks the server for
          rows = withRunningBalance(rows, all[i].id, expected.find((e) => e.id === all[i].id)!.runningBalance!);
        }
        expect(view(rows)).toEqual(view(expected));
      }
    }
  });
});

describe('corrected rows', () => {
  it('shows an entry and its reversal as one row, in the reversal\'s place', () => {
    const rows = [entry(7, '2026-05-03'), entry(6, '2026-05-02', { reversalOf: 4 }), entry(5, '2026-05-02'),
      entry(4, '2026-05-02', { reversedBy: 6 }), entry(2, '2026-05-01', { reversalOf: 1 })];
    expect(foldCorrections(rows).map((item) => [item.entry.id, item.reversal?.id])).toEqual([
      [7, undefined], [4, 6], [5, undefined], [2, undefined]]);
  });

  it('keeps groups of rows in page order, never with the same key twice', () => {
    const items = [4, 3, 2, 1].map((id) => ({ entry: entry(id, '2026-05-01') }));
    const page = new Map([[4, 0], [3, 0], [2, 1], [1, 0]]);
    const groups = groupItems(items, (id) => page.get(id)!);
    expect(groups.map((g) => g.items.length)).toEqual([2, 1, 1]);
    expect(new Set(groups.map((g) => g.key)).size).toBe(3);
  });
});

describe('filters by category, tag, payee and text', () => {
  const coffee = entry(1, '2026-05-02', { type: 'withdrawal', description: 'Morning', payee: 'Corner Café',
    tags: ['Coffee'], notes: 'with a croissant', category: { id: 3, name: 'Food', color: null } });

  it('judges a live entry as the server does', () => {
    expect(matches(coffee, { categoryId: 3, tag: 'coffee', payee: 'CORNER CAFE\u0301' })).toBe(true);
    expect(matches(coffee, { payee: 'corner' })).toBe(false);
    expect(matches(coffee, { tag: 'coff' })).toBe(false);
    expect(matches(coffee, { categoryId: 4 })).toBe(false);
    expect(matches(coffee, { tag: 'tea' })).toBe(false);
    expect(matches(coffee, { q: 'CROISSANT' })).toBe(true);
    expect(matches(coffee, { q: 'food' })).toBe(true);
    expect(matches(coffee, { q: 'cafe\u0301' })).toBe(true);
    expect(matches(coffee, { q: 'tea' })).toBe(false);
  });
});

describe('categories', () => {
  const category = (id: number, name: string, extra: Partial<Category> = {}): Category =>
    ({ id, name, kind: 'expense', color: null, parentId: null, archived: false, ...extra });
  const all = [category(1, 'Food'), category(2, 'Groceries', { parentId: 1 }), category(3, 'Salary', { kind: 'income' }),
    category(4, 'Old', { archived: true })];

  it('names a sub-category with its parent', () => {
    expect(categoryLabel(all[1], all)).toBe('Food › Groceries');
  });

  it('offers those not archived, the entry\'s kind first', () => {
    expect(offeredCategories(all, 'income').map((c) => c.name)).toEqual(['Salary', 'Food', 'Groceries']);
  });

  it('finds a typed category by its label or its name, regardless of case', () => {
    expect(findCategory('food › GROCERIES', all)?.id).toBe(2);
    expect(findCategory('groceries', all)?.id).toBe(2);
    expect(findCategory('old', all)).toBeUndefined();
    expect(findCategory('  ', all)).toBeUndefined();
  });

  it('gives a new category the same colour for the same name', () => {
    expect(colorFor('Food')).toBe(colorFor('FOOD'));
    expect(PALETTE).toContain(colorFor('Travel'));
  });
});

describe('suggestions', () => {
  const rows = [entry(3, '2026-05-03', { payee: 'Café', type: 'withdrawal', category: { id: 1, name: 'Food', color: null } }),
    entry(2, '2026-05-02', { payee: 'CAFÉ', type: 'withdrawal', category: { id: 2, name: 'Treats', color: null } }),
    entry(1, '2026-05-01', { payee: 'Acme', category: { id: 3, name: 'Salary', color: null } })];

  it('suggests the category last used with the payee, then those of the kind', () => {
    const food = { id: 9, name: 'Food', color: null };
    expect(suggestedCategories(rows, false, food).map((c) => c.id)).toEqual([9, 1, 2]);
    expect(suggestedCategories(rows, true, null).map((c) => c.id)).toEqual([3]);
  });

  it('asks the server for the category last used with a payee, leaving out reversals and entries without one', async () => {
    const asked: string[] = [];
    setTransportForTests(async (url) => {
      asked.push(url);
      return json(200, { items: [entry(9, '2026-05-09', { reversalOf: 4, category: { id: 1, name: 'Food', color: null } }),
        entry(8, '2026-05-08'), entry(7, '2026-05-07', { category: { id: 2, name: 'Treats', color: null } })], nextCursor: null });
    });
    await expect(lastCategoryOf('Café', 'withdrawal')).resolves.toEqual({ id: 2, name: 'Treats', color: null });
    expect(asked).toEqual(['/api/entries?payee=Caf%C3%A9&type=withdrawal&limit=10']);
    setTransportForTests(async () => json(200, { items: [], nextCursor: null }));
    await expect(lastCategoryOf('Nobody', 'deposit')).resolves.toBeNull();
  });
});

describe('the API of entries', () => {
  it('leaves out empty texts and lists', () => {
    expect(compact({ a: '', b: [], c: 'x', d: undefined, e: 0 })).toEqual({ c: 'x', e: 0 });
  });

  it('asks for days as days, both ends included by the server', async () => {
    const asked: string[] = [];
    setTransportForTests(async (url) => {
      asked.push(url);
      return json(200, { items: [], nextCursor: null });
    });
    await history(1, { from: '2026-05-01', to: '2026-05-01' });
    expect(asked).toEqual(['/api/accounts/1/transactions?from=2026-05-01&to=2026-05-01&limit=50']);
  });

  it('takes the leg of a reversed transfer that belongs to the account', () => {
    const from = { entry: entry(8, '2026-05-01', { accountId: 1 }), balance: '1.00' };
    const to = { entry: entry(9, '2026-05-01', { accountId: 2 }), balance: '2.00' };
    expect(postingOf({ transferId: 't', from, to }, 2)).toBe(to);
    expect(postingOf(from, 1)).toBe(from);
  });
});

describe('the search across accounts', () => {
  it('has its own address, with the text in the query', () => {
    expect(route('/u/alice/search?q=caf%C3%A9')).toEqual({ page: 'search', username: 'alice', query: 'café' });
    expect(route('/u/alice/search')).toEqual({ page: 'search', username: 'alice', query: '' });
  });
});

describe('the trail of changes', () => {
  const changes = [
    { editId: 3, changedAt: '2026-05-01T10:00:00Z', changedBy: 1, field: 'payee', oldValue: 'Café', newValue: 'Cafe X' },
    { editId: 3, changedAt: '2026-05-01T10:00:00Z', changedBy: 1, field: 'tags', oldValue: [], newValue: ['a', 'b'] },
    { editId: 9, changedAt: '2026-05-02T10:00:00Z', changedBy: 1, field: 'categoryId', oldValue: null, newValue: 4 },
  ];

  it('groups the fields of one edit, newest edit first', () => {
    expect(groupEdits(changes).map((e) => [e.editId, e.fields.map((f) => f.field)])).toEqual([[9, ['categoryId']], [3, ['payee', 'tags']]]);
  });

  it('says each value in words, a category by its name', () => {
    const names = (id: number) => (id === 4 ? 'Food' : undefined);
    expect(valueText('tags', ['a', 'b'], names)).toBe('a, b');
    expect(valueText('tags', [], names)).toBeNull();
    expect(valueText('categoryId', 4, names)).toBe('Food');
    expect(valueText('categoryId', 5, names)).toBe('#5');
    expect(valueText('payee', null, names)).toBeNull();
  });

  it('sends only the fields that changed', () => {
    expect(changedFields({ payee: 'A', tags: ['x'], notes: null }, { payee: 'A', tags: ['x', 'y'], notes: null }))
      .toEqual({ tags: ['x', 'y'] });
  });
});

describe('registration', () => {
  it('sends the browser\'s time zone and language, and registers without them if the server knows neither', async () => {
    const bodies: Record<string, unknown>[] = [];
    setTransportForTests(async (_url, init) => {
      const body = JSON.parse(init?.body as string) as Record<string, unknown>;
      bodies.push(body);
      return body.timeZone ? json(400, { type: '/problems/invalid-input', title: 'Invalid input', status: 400, detail: 'x',
        errors: [{ field: 'timeZone', message: 'Choose a time zone by its IANA name, such as Europe/Berlin or UTC.' }] })
        : json(201, { id: 1, username: 'alice', createdAt: '' });
    });
    await expect(register('alice', 'a long enough password')).resolves.toMatchObject({ username: 'alice' });
    expect(bodies[0].timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(bodies[1]).toEqual({ username: 'alice', password: 'a long enough password' });
  });
});
