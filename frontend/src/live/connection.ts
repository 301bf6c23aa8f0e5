import type { BudgetEvent } from '../api/budgets';
import type { Entry } from '../api/ledger';
import type { RecurringFailed } from '../api/recurring';

export type LiveState = 'connecting' | 'open' | 'reconnecting' | 'stopped';

export interface BalanceEvent {
  accountId: number;
  balance: string;
  entryId: number;
}

/** A statement import went into an account (or was undone): one event for all its entries. */
export interface ImportEvent {
  importId: number;
  accountId: number;
  imported?: number;
}

export interface LiveListener {
  entry?(entry: Entry): void;
  /** An entry already sent changed: its metadata was edited, or it was reversed. */
  entryUpdated?(entry: Entry): void;
  balance?(balance: BalanceEvent): void;
  /** Spending crossed 80 % or 100 % of a budget (once per budget, month and threshold). */
  budget?(event: BudgetEvent): void;
  /** Many entries of an account changed at once, through an import or its undo: views reload. */
  imported?(event: ImportEvent): void;
  /** A recurring entry's occurrence was not posted. */
  recurringFailed?(event: RecurringFailed): void;
  state?(state: LiveState): void;
  /** The server ended the stream because the session is over (logout elsewhere, or the token expired). */
  sessionEnded?(reason: string): void;
}

/** The part of the browser's EventSource the connection uses; tests provide a fake. */
export interface SourceLike {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener(type: string, listener: (event: MessageEvent) => void): void;
  close(): void;
}

export interface Clock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const CLOSED = 2;
const MAX_DELAY_MS = 30_000;

/**
 * One event stream for the whole app. While the browser can, it reconnects by itself and sends
 * Last-Event-ID; when it gives up (the stream was closed for good), this opens a new stream after a
 * growing delay and passes the last seen position in the query, so the server replays what was missed.
 */
export class LiveConnection {
  private source: SourceLike | null = null;
  private timer: unknown = null;
  private failures = 0;
  private listeners = new Set<LiveListener>();
  lastEventId: string | null = null;
  state: LiveState = 'stopped';

  constructor(
    private readonly url: string,
    private readonly open: (url: string) => SourceLike = (u) => new EventSource(u) as unknown as SourceLike,
    private readonly clock: Clock = { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (h) => clearTimeout(h as number) },
  ) {}

  subscribe(listener: LiveListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (this.state === 'stopped') {
      this.connect('connecting');
    }
  }

  stop(): void {
    this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.source?.close();
    this.source = null;
    this.setState('stopped');
  }

  /** Delay before the n-th reconnect: 1 s, 2 s, 4 s … up to 30 s. */
  static delay(failures: number): number {
    return Math.min(MAX_DELAY_MS, 1000 * 2 ** Math.max(0, failures - 1));
  }

  private connect(state: LiveState): void {
    this.setState(state);
    const url = this.lastEventId === null
      ? this.url
      : `${this.url}?lastEventId=${encodeURIComponent(this.lastEventId)}`;
    const source = this.open(url);
    this.source = source;
    source.onopen = () => {
      this.failures = 0;
      this.setState('open');
    };
    source.addEventListener('entry', (event) => this.deliver(event, (l, data) => l.entry?.(data as Entry)));
    source.addEventListener('entry-updated',
      (event) => this.deliver(event, (l, data) => l.entryUpdated?.(data as Entry)));
    source.addEventListener('balance', (event) =>
      this.deliver(event, (l, data) => l.balance?.(data as BalanceEvent)));
    source.addEventListener('budget', (event) =>
      this.deliver(event, (l, data) => l.budget?.(data as BudgetEvent)));
    source.addEventListener('import', (event) =>
      this.deliver(event, (l, data) => l.imported?.(data as ImportEvent)));
    source.addEventListener('recurring-failed', (event) =>
      this.deliver(event, (l, data) => l.recurringFailed?.(data as RecurringFailed)));
    source.addEventListener('session-ended', (event) => {
      let reason = 'ended';
      try {
        reason = (JSON.parse(event.data as string) as { reason?: string }).reason ?? reason;
      } catch {
        // a stream that ends without saying why has still ended
      }
      this.stop();
      this.listeners.forEach((listener) => listener.sessionEnded?.(reason));
    });
    source.onerror = () => {
      if (this.source !== source) {
        return;
      }
      if (source.readyState === CLOSED) {
        source.close();
        this.failures++;
        this.setState('reconnecting');
        this.timer = this.clock.setTimeout(() => this.connect('reconnecting'), LiveConnection.delay(this.failures));
      } else {
        this.setState('reconnecting');
      }
    };
  }

  private deliver(event: MessageEvent, call: (listener: LiveListener, data: unknown) => void): void {
    if (event.lastEventId) {
      this.lastEventId = event.lastEventId;
    }
    const data: unknown = JSON.parse(event.data as string);
    this.listeners.forEach((listener) => call(listener, data));
  }

  private setState(state: LiveState): void {
    this.state = state;
    this.listeners.forEach((listener) => listener.state?.(state));
  }
}
