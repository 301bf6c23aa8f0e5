import { useState } from 'preact/hooks';
import type { HistoryFilter } from '../../api/ledger';
import { Field } from '../../components/Field';
import { useLimits } from '../../useLimits';
import { ENTRY_TYPE_LABELS } from './entryTypes';

/** Narrows the history by type, by day (in the user's time zone) and by text. */
export function HistoryFilters({ onApply }: { onApply(filter: HistoryFilter): void }) {
  const [type, setType] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [q, setQ] = useState('');
  const limits = useLimits();

  function apply(event: Event) {
    event.preventDefault();
    onApply({
      type: type || undefined,
      from: from ? new Date(`${from}T00:00:00`).toISOString() : undefined,
      to: to ? new Date(new Date(`${to}T00:00:00`).getTime() + 86_400_000).toISOString() : undefined,
      q: q || undefined,
    });
  }

  return (
    <form class="inline" onSubmit={apply} aria-label="Filter history">
      <Field id="filter-type" label="Type">
        <select id="filter-type" value={type} onChange={(e) => setType(e.currentTarget.value)}>
          <option value="">All</option>
          {Object.entries(ENTRY_TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </Field>
      <Field id="filter-from" label="From">
        <input id="filter-from" type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
      </Field>
      <Field id="filter-to" label="To">
        <input id="filter-to" type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
      </Field>
      <Field id="filter-q" label="Text">
        <input id="filter-q" type="search" maxLength={limits?.searchTextMaxLength} value={q}
            onInput={(e) => setQ(e.currentTarget.value)} />
      </Field>
      <button type="submit">Apply</button>
    </form>
  );
}
