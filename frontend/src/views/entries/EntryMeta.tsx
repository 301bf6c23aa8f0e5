import type { Entry } from '../../api/ledger';
import { t } from '../../i18n';
import { formatMoney } from '../../money';

/** A category as a small chip: its colour as a dot, then its name. */
export function CategoryChip({ category }: { category: NonNullable<Entry['category']> }) {
  return (
    <span class="chip" data-category={category.id}>
      <span class="dot" style={{ background: category.color ?? 'transparent' }} aria-hidden="true" />
      <span class="visually-hidden">{t('entry.category')}: </span>{category.name}
    </span>
  );
}

/** The name of the other account of a transfer, when known. */
export function counterpartName(entry: Entry, names?: ReadonlyMap<number, string>): string | undefined {
  return entry.counterpartAccount?.name
    ?? (entry.counterpartAccountId === null ? undefined : names?.get(entry.counterpartAccountId));
}

/** What an entry carries besides its amount, on one wrapping line: category, payee, tags, other account. */
export function EntryMeta({ entry, counterpart, children }: {
  entry: Entry;
  counterpart?: string;
  children?: preact.ComponentChildren;
}) {
  const parts = [
    entry.category && <CategoryChip key="c" category={entry.category} />,
    entry.payee && (
      <span key="p" class="payee"><span class="visually-hidden">{t('entry.payee')}: </span>{entry.payee}</span>
    ),
    counterpart && (
      <span key="o" class="counterpart">
        {t(entry.type === 'transfer_out' ? 'history.toAccount' : 'history.fromAccount', { account: counterpart })}
      </span>
    ),
    entry.counterAmount && entry.counterCurrency && (
      <span key="x" class="exchange">{formatMoney(entry.counterAmount, entry.counterCurrency)}</span>
    ),
    ...entry.tags.map((tag) => <span key={`t${tag}`} class="tag">#{tag}</span>),
  ].filter(Boolean);
  if (parts.length === 0 && !children) {
    return null;
  }
  return <div class="meta">{parts}{children}</div>;
}
