import { describe, expect, it } from 'vitest';
import { type Clock, LiveConnection, type LiveState, type SourceLike } from '../src/live/connection';

class FakeSource implements SourceLike {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  private handlers = new Map<string, ((event: MessageEvent) => void)[]>();

  constructor(readonly url: string) {}

  addEventListener(type: string, listener: (event: MessageEvent) => void): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
    this.readyState = 2;
  }

  open(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }

  emit(type: string, id: string, data: unknown): void {
    const event = new MessageEvent(type, { data: JSON.stringify(data), lastEventId: id });
    this.handlers.get(type)?.forEach((h) => h(event));
  }

  fail(readyState: number): void {
    this.readyState = readyState;
    this.onerror?.(new Event('error'));
  }
}

class ManualClock implements Clock {
  pending: { run: () => void; ms: number }[] = [];

  setTimeout(run: () => void, ms: number): unknown {
    const task = { run, ms };
    this.pending.push(task);
    return task;
  }

  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((t) => t !== handle);
  }

  fire(): number {
    const task = this.pending.shift()!;
    task.run();
    return task.ms;
  }
}

function setUp() {
  const sources: FakeSource[] = [];
  const clock = new ManualClock();
  const connection = new LiveConnection('/api/events', (url) => {
    const source = new FakeSource(url);
    sources.push(source);
    return source;
  }, clock);
  const states: LiveState[] = [];
  const balances: string[] = [];
  connection.subscribe({ state: (s) => states.push(s), balance: (b) => balances.push(b.balance) });
  return { sources, clock, connection, states, balances };
}

describe('LiveConnection', () => {
  it('delivers events and remembers the last position', () => {
    const { sources, connection, states, balances } = setUp();
    connection.start();
    sources[0].open();
    sources[0].emit('balance', '7', { accountId: 1, balance: '5.00', entryId: 3 });
    expect(balances).toEqual(['5.00']);
    expect(connection.lastEventId).toBe('7');
    expect(states).toEqual(['connecting', 'open']);
  });

  it('delivers an entry\'s new state and remembers its position', () => {
    const { sources, connection } = setUp();
    const updated: unknown[] = [];
    connection.subscribe({ entryUpdated: (entry) => updated.push(entry.payee) });
    connection.start();
    sources[0].open();
    sources[0].emit('entry-updated', '18', { id: 2, payee: 'Café' });
    expect(updated).toEqual(['Café']);
    expect(connection.lastEventId).toBe('18');
  });

  it('delivers budget thresholds and failed recurring occurrences, which carry no position', () => {
    const { sources, connection } = setUp();
    const notices: string[] = [];
    connection.subscribe({
      budget: (b) => notices.push(`${b.category.name} ${b.threshold} ${b.month}`),
      recurringFailed: (r) => notices.push(`${r.recurringId} ${r.occursOn} ${r.reason}`),
    });
    connection.start();
    sources[0].open();
    sources[0].emit('entry', '40', { id: 20 });
    sources[0].emit('budget', '', {
      budgetId: 3, categoryId: 9, category: { id: 9, name: 'Groceries', color: null },
      month: '2026-11', threshold: 80, limit: '500.00', spent: '412.50', currency: 'EUR',
    });
    sources[0].emit('recurring-failed', '', {
      recurringId: 4, occursOn: '2026-11-01', accountId: 1, type: 'withdrawal', amount: '950.00', description: 'Rent',
      problem: '/problems/insufficient-funds', reason: 'The balance of 10.00 USD does not cover 950.00 USD.',
    });
    expect(notices).toEqual(['Groceries 80 2026-11', '4 2026-11-01 The balance of 10.00 USD does not cover 950.00 USD.']);
    expect(connection.lastEventId).toBe('40');
  });

  it('delivers one event for all the entries of an import', () => {
    const { sources, connection } = setUp();
    const imports: string[] = [];
    connection.subscribe({ imported: (e) => imports.push(`${e.importId} ${e.accountId} ${e.imported}`) });
    connection.start();
    sources[0].open();
    sources[0].emit('import', '52', { importId: 12, accountId: 5, imported: 100 });
    expect(imports).toEqual(['12 5 100']);
    expect(connection.lastEventId).toBe('52');
  });

  it('lets the browser retry by itself while it still can', () => {
    const { sources, clock, connection, states } = setUp();
    connection.start();
    sources[0].open();
    sources[0].fail(0);
    expect(states.at(-1)).toBe('reconnecting');
    expect(sources).toHaveLength(1);
    expect(clock.pending).toHaveLength(0);
  });

  it('reopens a closed stream with a growing delay, resuming after the last position', () => {
    const { sources, clock, connection, states } = setUp();
    connection.start();
    sources[0].open();
    sources[0].emit('entry', '40', { id: 20 });
    sources[0].fail(2);
    expect(clock.fire()).toBe(1000);
    expect(sources[1].url).toBe('/api/events?lastEventId=40');
    sources[1].fail(2);
    expect(clock.fire()).toBe(2000);
    sources[2].fail(2);
    expect(clock.fire()).toBe(4000);
    sources[3].open();
    expect(states.at(-1)).toBe('open');
    sources[3].fail(2);
    expect(clock.fire()).toBe(1000);
  });

  it('never waits longer than 30 seconds', () => {
    expect(LiveConnection.delay(1)).toBe(1000);
    expect(LiveConnection.delay(6)).toBe(30000);
    expect(LiveConnection.delay(50)).toBe(30000);
  });

  it('stops for good: closes the stream and cancels a pending reconnect', () => {
    const { sources, clock, connection, states } = setUp();
    connection.start();
    sources[0].fail(2);
    connection.stop();
    expect(clock.pending).toHaveLength(0);
    expect(sources[0].closed).toBe(true);
    expect(states.at(-1)).toBe('stopped');
    sources[0].fail(2);
    expect(clock.pending).toHaveLength(0);
  });
});

describe('the end of a session', () => {
  it('stops the stream for good when the server says the session ended', () => {
    const { sources, clock, connection, states } = setUp();
    const reasons: string[] = [];
    connection.subscribe({ sessionEnded: (reason) => reasons.push(reason) });
    connection.start();
    sources[0].open();
    sources[0].emit('session-ended', '', { reason: 'logout' });
    expect(reasons).toEqual(['logout']);
    expect(states.at(-1)).toBe('stopped');
    expect(sources[0].closed).toBe(true);
    expect(clock.pending).toHaveLength(0);
  });
});
