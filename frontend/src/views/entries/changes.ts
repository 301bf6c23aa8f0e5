import type { EntryChange } from '../../api/ledger';

/** One edit: the fields it changed, at one moment, by one user. */
export interface Edit {
  editId: number;
  changedAt: string;
  changedBy: number;
  fields: EntryChange[];
}

/** The trail of changes grouped by edit, newest first. */
export function groupEdits(changes: readonly EntryChange[]): Edit[] {
  const edits = new Map<number, Edit>();
  for (const change of changes) {
    let edit = edits.get(change.editId);
    if (!edit) {
      edit = { editId: change.editId, changedAt: change.changedAt, changedBy: change.changedBy, fields: [] };
      edits.set(change.editId, edit);
    }
    edit.fields.push(change);
  }
  return [...edits.values()].sort((a, b) => b.editId - a.editId);
}

/**
 * A changed value as text: a list of tags joined, a category by its name where known, nothing as null.
 * Returns null for "no value", which the screen shows in words.
 */
export function valueText(field: string, value: unknown, categoryName: (id: number) => string | undefined): string | null {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return null;
  }
  if (Array.isArray(value)) {
    return value.map(String).join(', ');
  }
  if (field === 'categoryId' && typeof value === 'number') {
    return categoryName(value) ?? `#${value}`;
  }
  if (typeof value === 'object') {
    const named = value as { name?: unknown };
    return typeof named.name === 'string' ? named.name : JSON.stringify(value);
  }
  return String(value);
}

/** The fields of an edit form that differ from the entry: only those are sent. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      changed[key] = after[key];
    }
  }
  return changed;
}
