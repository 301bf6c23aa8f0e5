import { useEffect, useState } from 'preact/hooks';
import type { Category, CategoryKind } from '../../api/categories';
import { createCategory } from '../../api/categories';
import type { CategoryRef } from '../../api/ledger';
import { categoryChanged, categoryLabel, findCategory, offeredCategories, useCategories } from '../../categories';
import { describedBy } from '../../components/Field';
import { t } from '../../i18n';
import { describeError } from '../../problems';
import { fold } from '../../text';

/** Colours a new category gets, picked by its name so that the same name always gets the same colour. */
export const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#e8710a', '#17becf', '#8c564b', '#e377c2',
  '#7f7f7f', '#bcbd22'];

export function colorFor(name: string): string {
  let hash = 0;
  for (const char of fold(name)) {
    hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  }
  return PALETTE[hash % PALETTE.length];
}

interface Props {
  id: string;
  /** The text in the field; the parent keeps it, so that it can clear it after posting. */
  value: string;
  onInput(value: string): void;
  /** The kind a new category gets, and which categories come first. */
  kind: CategoryKind;
  /** Categories to offer as one-tap suggestions, most likely first (e.g. the last ones used). */
  suggested?: readonly CategoryRef[];
  error?: string;
  maxLength?: number;
}

/**
 * A category field: typing offers the user's categories (a datalist), the last ones used are a tap away, and a
 * name that is no category yet can be made one on the spot.
 */
export function CategoryPicker({ id, value, onInput, kind, suggested = [], error, maxLength }: Props) {
  const { categories = [] } = useCategories();
  const [creating, setCreating] = useState(false);
  const [problem, setProblem] = useState('');
  const [made, setMade] = useState('');
  const typed = value.trim();
  // the form was sent and emptied: the news of a category made for it is old
  useEffect(() => {
    if (!typed) {
      setMade('');
    }
  }, [typed]);
  const found = findCategory(typed, categories);
  const offered = offeredCategories(categories, kind);
  const chips = suggested.filter((c, i) => suggested.findIndex((d) => d.id === c.id) === i
      && categories.some((known) => known.id === c.id && !known.archived)).slice(0, 4);

  async function create() {
    setCreating(true);
    setProblem('');
    try {
      const category: Category = await createCategory({ name: typed, kind, color: colorFor(typed) });
      categoryChanged(category);
      onInput(categoryLabel(category, [...categories, category]));
      setMade(t('category.created', { name: category.name }));
    } catch (e) {
      const described = describeError(e);
      setProblem(described.fields.name ?? (Object.values(described.fields)[0] || described.message));
    } finally {
      setCreating(false);
    }
  }

  const shownError = error ?? (problem || undefined);
  return (
    <div class="field category-field">
      <label for={id}>{t('entry.category')}</label>
      <input id={id} list={`${id}-options`} autocomplete="off" value={value} maxLength={maxLength}
          aria-invalid={!!shownError} aria-describedby={describedBy(id, shownError)}
          onInput={(e) => { onInput(e.currentTarget.value); setMade(''); setProblem(''); }} />
      <datalist id={`${id}-options`}>
        {offered.map((c) => <option key={c.id} value={categoryLabel(c, categories)} />)}
      </datalist>
      {chips.length > 0 && !typed && (
        <div class="chips" role="group" aria-label={t('category.recent')}>
          {chips.map((c) => {
            const full = categories.find((known) => known.id === c.id)!;
            return (
              <button key={c.id} type="button" class="chip-button" onClick={() => onInput(categoryLabel(full, categories))}>
                <span class="dot" style={{ background: c.color ?? 'transparent' }} aria-hidden="true" />{c.name}
              </button>
            );
          })}
        </div>
      )}
      {typed && !found && (
        <button type="button" class="secondary create" onClick={create} disabled={creating}>
          {t('category.create', { name: typed })}
        </button>
      )}
      {shownError && <p class="field-error" id={`${id}-error`} role="alert">{shownError}</p>}
      <p class="confirm small" role="status">{made}</p>
    </div>
  );
}
