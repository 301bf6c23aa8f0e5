import { useState } from 'preact/hooks';
import type { EntryType, HistoryFilter } from '../../api/ledger';
import { categoryLabel, offeredCategories, useCategories } from '../../categories';
import { describedBy, Field } from '../../components/Field';
import { type MessageKey, t } from '../../i18n';
import { useLimits } from '../../useLimits';

const TYPES: EntryType[] = ['deposit', 'withdrawal', 'transfer_in', 'transfer_out'];

export interface FilterInput {
  type: string;
  from: string;
  to: string;
  q: string;
  categoryId: string;
  tag: string;
  payee: string;
}

export const NO_FILTER: FilterInput = { type: '', from: '', to: '', q: '', categoryId: '', tag: '', payee: '' };

/** The days an entry can have (the server's earliest day, and far enough ahead). */
const FIRST_DAY = '1900-01-01';
const LAST_DAY = '2199-12-31';

/**
 * The filter the API takes, from what the form holds: whole days, both included. Or, when the input cannot be
 * sent, what is wrong with it, by field.
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
  for (const field of ['q', 'tag', 'payee'] as const) {
    if (maxText !== undefined && input[field].length > maxText) {
      errors[field] = t('error.tooLong', { max: maxText });
    }
  }
  if (Object.keys(errors).length) {
    return { errors };
  }
  const text = (value: string) => value.trim() || undefined;
  return {
    filter: {
      type: input.type || undefined,
      from: input.from || undefined,
      to: input.to || undefined,
      q: text(input.q),
      categoryId: input.categoryId ? Number(input.categoryId) : undefined,
      tag: text(input.tag.replace(/^\s*#/, '')),
      payee: text(input.payee),
    },
  };
}

/** Narrows the history by type, day, category, tag, payee and text; checked before it is sent. */
export function HistoryFilters({ onApply }: { onApply(filter: HistoryFilter): void }) {
  const [input, setInput] = useState<FilterInput>(NO_FILTER);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const limits = useLimits();
  const { categories = [] } = useCategories();
  const active = Object.values(input).some(Boolean);

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

  const text = (field: 'q' | 'tag' | 'payee', label: string, type = 'text') => (
    <Field id={`filter-${field}`} label={label} error={errors[field]}>
      <input id={`filter-${field}`} type={type} maxLength={limits?.searchTextMaxLength} value={input[field]}
          autocomplete="off" aria-invalid={!!errors[field]} aria-describedby={describedBy(`filter-${field}`, errors[field])}
          onInput={(e) => set(field, e.currentTarget.value)} />
    </Field>
  );

  return (
    <form class="inline filters" onSubmit={apply} aria-label={t('filter.title')} noValidate>
      <Field id="filter-type" label={t('filter.type')}>
        <select id="filter-type" value={input.type} onChange={(e) => set('type', e.currentTarget.value)}>
          <option value="">{t('filter.all')}</option>
          {TYPES.map((type) => <option key={type} value={type}>{t(`type.${type}` as MessageKey)}</option>)}
        </select>
      </Field>
      <Field id="filter-category" label={t('filter.category')}>
        <select id="filter-category" value={input.categoryId} onChange={(e) => set('categoryId', e.currentTarget.value)}>
          <option value="">{t('filter.allCategories')}</option>
          {offeredCategories(categories).map((c) => <option key={c.id} value={c.id}>{categoryLabel(c, categories)}</option>)}
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
      {text('payee', t('filter.payee'))}
      {text('tag', t('filter.tag'))}
      {text('q', t('filter.text'), 'search')}
      <div class="buttons">
        <button type="submit">{t('filter.apply')}</button>
        {active && <button type="button" class="secondary" onClick={clear}>{t('filter.clear')}</button>}
      </div>
    </form>
  );
}
