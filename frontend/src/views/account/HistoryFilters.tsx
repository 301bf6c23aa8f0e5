import { useState } from 'preact/hooks';
import type { EntryType, HistoryFilter } from '../../api/ledger';
import { describedBy, Field } from '../../components/Field';
import { type MessageKey, t } from '../../i18n';
import { useLimits } from '../../useLimits';

const TYPES: EntryType[] = ['deposit', 'withdrawal', 'transfer_in', 'transfer_out'];

export interface FilterInput {
  type: string;
  from: string;
  to: string;
  q: string;
}

export const NO_FILTER: FilterInput = { type: '', from: '', to: '', q: '' };

/** The days the server can search: its times are microseconds, which reach from 1678 to 2262. */
const FIRST_DAY = '1900-01-01';
const LAST_DAY = '2199-12-31';

/**
 * The filter the API takes, from what the form holds: whole days in the user's time zone, "to" included.
 * Or, when the input cannot be sent, what is wrong with it, by field.
 */
export function toFilter(input: FilterInput, maxText?: number): { filter: HistoryFilter } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  for (const field of ['from', 'to'] as const) {
    if (input[field] && (input[field] < FIRST_DAY || input[field] > LAST_DAY)) {
      errors[field] = t('error.dateRange', { first: 1900, last: 2199 });
    }
  }
  if (!errors.to && input.from && input.to && input.to < input.from) {
    errors.to = t('error.dateOrder');
  }
  if (maxText !== undefined && input.q.length > maxText) {
    errors.q = t('error.tooLong', { max: maxText });
  }
  if (Object.keys(errors).length) {
    return { errors };
  }
  const startOf = (day: string) => new Date(`${day}T00:00:00`);
  return {
    filter: {
      type: input.type || undefined,
      from: input.from ? startOf(input.from).toISOString() : undefined,
      // the day after "to", at midnight local time (not + 24 h, which a daylight-saving change would skew)
      to: input.to ? new Date(startOf(input.to).setDate(startOf(input.to).getDate() + 1)).toISOString() : undefined,
      q: input.q || undefined,
    },
  };
}

/** Narrows the history by type, by day (in the user's time zone) and by text; checked before it is sent. */
export function HistoryFilters({ onApply }: { onApply(filter: HistoryFilter): void }) {
  const [input, setInput] = useState<FilterInput>(NO_FILTER);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const limits = useLimits();
  const active = input.type || input.from || input.to || input.q;

  function set(field: keyof FilterInput, value: string) {
    setInput({ ...input, [field]: value });
    if (errors[field]) {
      setErrors({});
    }
  }

  function apply(event: Event) {
    event.preventDefault();
    const result = toFilter(input, limits?.searchTextMaxLength);
    if ('errors' in result) {
      setErrors(result.errors);
    } else {
      setErrors({});
      onApply(result.filter);
    }
  }

  function clear() {
    setInput(NO_FILTER);
    setErrors({});
    onApply({});
  }

  return (
    <form class="inline filters" onSubmit={apply} aria-label={t('filter.title')} noValidate>
      <Field id="filter-type" label={t('filter.type')}>
        <select id="filter-type" value={input.type} onChange={(e) => set('type', e.currentTarget.value)}>
          <option value="">{t('filter.all')}</option>
          {TYPES.map((type) => <option key={type} value={type}>{t(`type.${type}` as MessageKey)}</option>)}
        </select>
      </Field>
      <Field id="filter-from" label={t('filter.from')} error={errors.from}>
        <input id="filter-from" type="date" min={FIRST_DAY} max={LAST_DAY} value={input.from}
            aria-invalid={!!errors.from}
            aria-describedby={describedBy('filter-from', errors.from)}
            onInput={(e) => set('from', e.currentTarget.value)} />
      </Field>
      <Field id="filter-to" label={t('filter.to')} error={errors.to}>
        <input id="filter-to" type="date" min={input.from || FIRST_DAY} max={LAST_DAY} value={input.to}
            aria-invalid={!!errors.to}
            aria-describedby={describedBy('filter-to', errors.to)}
            onInput={(e) => set('to', e.currentTarget.value)} />
      </Field>
      <Field id="filter-q" label={t('filter.text')} error={errors.q}>
        <input id="filter-q" type="search" maxLength={limits?.searchTextMaxLength} value={input.q}
            aria-invalid={!!errors.q} aria-describedby={describedBy('filter-q', errors.q)}
            onInput={(e) => set('q', e.currentTarget.value)} />
      </Field>
      <div class="buttons">
        <button type="submit">{t('filter.apply')}</button>
        {active && <button type="button" class="secondary" onClick={clear}>{t('filter.clear')}</button>}
      </div>
    </form>
  );
}
