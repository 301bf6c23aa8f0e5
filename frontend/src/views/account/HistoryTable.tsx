import { Component } from 'preact';
import type { Entry } from '../../api/ledger';
import { formatDay, formatTime } from '../../dates';
import { type MessageKey, t } from '../../i18n';
import { formatMoney, formatSigned } from '../../money';

/** Descriptions longer than this are shortened to a line (two on phones), with a button to show them whole. */
const LONG_TEXT = 40;
/** Beyond this many rows, rows out of sight are left unrendered by the browser (see styles.css). */
const LONG_LIST = 200;

interface RowProps {
  entry: Entry;
  fresh: boolean;
  /** Name of the other account of a transfer. */
  counterpart?: string;
}

function typeLabel(entry: Entry): string {
  return t(`type.${entry.type}` as MessageKey);
}

/**
 * One entry. Rows re-render only when their own entry, highlight or state changes, so that a new entry costs
 * one row, not the whole table; formatters are shared (see money.ts and dates.ts).
 */
class Row extends Component<RowProps, { open: boolean }> {
  state = { open: false };

  shouldComponentUpdate(next: RowProps, nextState: { open: boolean }): boolean {
    return next.entry !== this.props.entry || next.fresh !== this.props.fresh
      || next.counterpart !== this.props.counterpart || nextState.open !== this.state.open;
  }

  render({ entry, fresh, counterpart }: RowProps, { open }: { open: boolean }) {
    const incoming = entry.type === 'deposit' || entry.type === 'transfer_in';
    const label = typeLabel(entry);
    const fallback = counterpart
      ? t(entry.type === 'transfer_out' ? 'history.transferTo' : 'history.transferFrom', { account: counterpart })
      : label;
    const text = entry.description;
    const long = !!text && text.length > LONG_TEXT;
    return (
      <tr class={fresh ? 'fresh' : undefined} data-entry={entry.id}>
        <td class="when">
          <time dateTime={entry.createdAt}>
            <span class="date">{formatDay(entry.createdAt)}</span>{' '}
            <span class="time">{formatTime(entry.createdAt)}</span>
          </time>
          <span class="type-inline"> · {label}</span>
        </td>
        <td class="type">{label}</td>
        <td class="desc">
          {text ? <span class={open ? 'text' : 'text short'}>{text}</span>
            : <span class={counterpart ? 'muted' : 'muted fallback'}>{fallback}</span>}
          {long && (
            <button type="button" class="more" aria-expanded={open}
                onClick={() => this.setState({ open: !open })}>
              {t(open ? 'history.showLess' : 'history.showAll')}
            </button>
          )}
        </td>
        <td class={`num amount ${incoming ? 'in' : 'out'}`}>{formatSigned(entry.amount, entry.currency, incoming)}</td>
        <td class="num balance">{formatMoney(entry.balanceAfter, entry.currency)}</td>
      </tr>
    );
  }
}

/** Rows are grouped by the hundred their sequence number falls in: a new entry changes only its own group. */
const GROUP = 100;

interface Group {
  key: number;
  rows: Entry[];
}

export function groupRows(rows: readonly Entry[]): Group[] {
  const groups: Group[] = [];
  for (const entry of rows) {
    const key = Math.floor((entry.seq - 1) / GROUP);
    const last = groups.at(-1);
    if (last && last.key === key) {
      last.rows.push(entry);
    } else {
      groups.push({ key, rows: [entry] });
    }
  }
  return groups;
}

interface GroupProps {
  rows: Entry[];
  fresh: ReadonlySet<number>;
  names: ReadonlyMap<number, string>;
}

/**
 * One group of rows in its own tbody. A group whose rows are all the same objects as before is not even
 * looked at again, so that a live entry costs one group of a hundred rows, not the thousands loaded.
 */
class RowGroup extends Component<GroupProps> {
  shouldComponentUpdate(next: GroupProps): boolean {
    const rows = this.props.rows;
    return next.names !== this.props.names || next.rows.length !== rows.length
      || next.rows.some((row, i) => row !== rows[i]);
  }

  render({ rows, fresh, names }: GroupProps) {
    return (
      <tbody>
        {rows.map((entry) => (
          <Row key={entry.id} entry={entry} fresh={fresh.has(entry.id)}
              counterpart={entry.counterpartAccountId === null ? undefined : names.get(entry.counterpartAccountId)} />
        ))}
      </tbody>
    );
  }
}

/**
 * The history: a table on wide screens, a card per entry on phones (same markup, see styles.css), never
 * wider than the screen.
 */
export function HistoryTable({ rows, fresh, names }: {
  rows: readonly Entry[];
  fresh: ReadonlySet<number>;
  names: ReadonlyMap<number, string>;
}) {
  return (
    <table class={rows.length > LONG_LIST ? 'history long' : 'history'}>
      <caption class="visually-hidden">{t('history.caption')}</caption>
      <thead>
        <tr>
          <th scope="col" class="when">{t('history.when')}</th>
          <th scope="col" class="type">{t('history.type')}</th>
          <th scope="col" class="desc">{t('history.description')}</th>
          <th scope="col" class="num amount">{t('history.amount')}</th>
          <th scope="col" class="num balance">{t('history.balance')}</th>
        </tr>
      </thead>
      {groupRows(rows).map((group) => <RowGroup key={group.key} rows={group.rows} fresh={fresh} names={names} />)}
    </table>
  );
}
