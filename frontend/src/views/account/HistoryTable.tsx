import { Component } from 'preact';
import type { Entry } from '../../api/ledger';
import { formatCalendarDay } from '../../dates';
import { type MessageKey, t } from '../../i18n';
import { formatMoney, formatSigned } from '../../money';
import { counterpartName, EntryMeta } from '../entries/EntryMeta';
import { type HistoryItem, isIncoming, shownBalance } from './history';

/** Descriptions longer than this are shortened to a line (two on phones), with a button to show them whole. */
const LONG_TEXT = 40;
/** Beyond this many rows, rows out of sight are left unrendered by the browser (see styles.css). */
const LONG_LIST = 200;

interface RowProps {
  item: HistoryItem;
  fresh: boolean;
  /** Name of the other account of a transfer. */
  counterpart?: string;
  onOpen(entry: Entry): void;
}

export function typeLabel(entry: Entry): string {
  return t(`type.${entry.type}` as MessageKey);
}

/** What a row says when the entry has no description: its kind, or where a transfer went. */
export function fallbackText(entry: Entry, counterpart?: string): string {
  if (entry.reversalOf !== null) {
    return t('history.reversalOf', { id: entry.reversalOf });
  }
  return counterpart
    ? t(entry.type === 'transfer_out' ? 'history.transferTo' : 'history.transferFrom', { account: counterpart })
    : typeLabel(entry);
}

/**
 * One entry, or an entry and its reversal as one corrected row. Rows re-render only when their own entries,
 * highlight or state change, so that a new entry costs one row, not the whole table; formatters are shared
 * (see money.ts and dates.ts). The description opens the entry's details.
 */
class Row extends Component<RowProps, { open: boolean }> {
  state = { open: false };

  shouldComponentUpdate(next: RowProps, nextState: { open: boolean }): boolean {
    return next.item.entry !== this.props.item.entry || next.item.reversal !== this.props.item.reversal
      || next.fresh !== this.props.fresh || next.counterpart !== this.props.counterpart
      || nextState.open !== this.state.open;
  }

  render({ item, fresh, counterpart, onOpen }: RowProps, { open }: { open: boolean }) {
    const { entry, reversal } = item;
    const incoming = isIncoming(entry);
    const label = typeLabel(entry);
    const text = entry.description;
    const long = !!text && text.length > LONG_TEXT;
    const corrected = !!reversal || entry.reversedBy !== null;
    const signed = formatSigned(entry.amount, entry.currency, incoming);
    // null for a moment while the server is asked for the running balance of an entry that arrived live
    const balance = shownBalance(reversal ?? entry);
    const classes = [fresh && 'fresh', corrected && 'corrected', entry.reversalOf !== null && 'reversal']
      .filter(Boolean).join(' ');
    return (
      <tr class={classes || undefined} data-entry={entry.id}>
        <td class="when">
          <time dateTime={entry.occurredOn}>{formatCalendarDay(entry.occurredOn)}</time>
          <span class="type-inline"> · {label}</span>
        </td>
        <td class="type">{label}</td>
        <td class="desc">
          <div class="desc-line">
            <button type="button" class={`open ${open ? 'text' : 'text short'}${text ? '' : ' muted'}`}
                aria-haspopup="dialog" onClick={() => onOpen(entry)}>
              {text ?? fallbackText(entry, counterpart)}
            </button>
            {long && (
              <button type="button" class="more" aria-expanded={open}
                  onClick={() => this.setState({ open: !open })}>
                {t(open ? 'history.showLess' : 'history.showAll')}
              </button>
            )}
          </div>
          <EntryMeta entry={entry} counterpart={text ? counterpart : undefined}>
            {corrected ? <span class="badge">{t('history.reversed')}</span>
              : entry.reversalOf !== null && <span class="badge">{t('history.reversal')}</span>}
          </EntryMeta>
        </td>
        <td class={`num amount ${incoming ? 'in' : 'out'}`}>
          {corrected ? <><del>{signed}</del><span class="visually-hidden"> {t('history.reversed')}</span></> : signed}
        </td>
        <td class="num balance">{balance === null ? <span class="muted">…</span> : formatMoney(balance, entry.currency)}</td>
      </tr>
    );
  }
}

interface Group {
  key: number;
  items: HistoryItem[];
}

/**
 * Rows are grouped by the page they were loaded with (a live entry joins the page of its neighbour), so that
 * a new entry changes only its own group and the order of groups never changes.
 */
export function groupItems(items: readonly HistoryItem[], pageOf: (id: number) => number): Group[] {
  const groups: Group[] = [];
  for (const item of items) {
    const key = pageOf((item.reversal ?? item.entry).id);
    const last = groups.at(-1);
    if (last && last.key === key) {
      last.items.push(item);
    } else {
      groups.push({ key: groups.some((g) => g.key === key) ? -groups.length - 1 : key, items: [item] });
    }
  }
  return groups;
}

interface GroupProps {
  items: HistoryItem[];
  fresh: ReadonlySet<number>;
  names: ReadonlyMap<number, string>;
  onOpen(entry: Entry): void;
}

/**
 * One group of rows in its own tbody. A group whose rows are all the same as before is not even looked at
 * again, so that a live entry costs one group of a hundred rows, not the thousands loaded.
 */
class RowGroup extends Component<GroupProps> {
  shouldComponentUpdate(next: GroupProps): boolean {
    const items = this.props.items;
    return next.names !== this.props.names || next.items.length !== items.length
      || next.items.some((item, i) => item.entry !== items[i].entry || item.reversal !== items[i].reversal);
  }

  render({ items, fresh, names, onOpen }: GroupProps) {
    return (
      <tbody>
        {items.map((item) => (
          <Row key={item.entry.id} item={item} onOpen={onOpen}
              fresh={fresh.has(item.entry.id) || (!!item.reversal && fresh.has(item.reversal.id))}
              counterpart={counterpartName(item.entry, names)} />
        ))}
      </tbody>
    );
  }
}

/**
 * The history: a table on wide screens, a card per entry on phones (same markup, see styles.css), never
 * wider than the screen.
 */
export function HistoryTable({ items, fresh, names, pageOf, onOpen }: {
  items: readonly HistoryItem[];
  fresh: ReadonlySet<number>;
  names: ReadonlyMap<number, string>;
  pageOf(id: number): number;
  onOpen(entry: Entry): void;
}) {
  return (
    <table class={items.length > LONG_LIST ? 'history long' : 'history'}>
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
      {groupItems(items, pageOf).map((group) => (
        <RowGroup key={group.key} items={group.items} fresh={fresh} names={names} onOpen={onOpen} />
      ))}
    </table>
  );
}
