import { useEffect, useState } from 'preact/hooks';
import { type Category, type CategoryKind, listCategories } from './api/categories';
import { fold } from './text';

/**
 * The user's categories, asked once and shared by every screen, so that a category made in one form is offered
 * in the others at once. A failed load is forgotten, so that the next screen asks again.
 */
let known: Category[] | null = null;
let pending: Promise<Category[]> | null = null;
const listeners = new Set<(list: Category[]) => void>();

function publish(list: Category[]) {
  known = list;
  listeners.forEach((listener) => listener(list));
}

/** The categories as known now: loaded once, with every change made since. */
export function loadCategories(): Promise<Category[]> {
  pending ??= listCategories().then((list) => {
    publish(list);
    return list;
  }, (error: unknown) => {
    pending = null;
    throw error;
  });
  return pending.then(() => known ?? []);
}

/** A category made or changed here: every screen that shows categories gets it. */
export function categoryChanged(category: Category): void {
  const list = known ?? [];
  publish([...list.filter((c) => c.id !== category.id), category]);
}

/** Forgets what was loaded, for the next user of this page. */
export function forgetCategories(): void {
  known = null;
  pending = null;
}

export function useCategories(): { categories: Category[] | undefined; failed: boolean } {
  const [categories, setCategories] = useState<Category[] | undefined>(known ?? undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    listeners.add(setCategories);
    loadCategories().then(setCategories, () => setFailed(true));
    return () => {
      listeners.delete(setCategories);
    };
  }, []);
  return { categories, failed };
}

/** How a category is named in a list: "Food", or "Food › Groceries" for a sub-category. */
export function categoryLabel(category: Category, all: readonly Category[]): string {
  const parent = category.parentId === null ? undefined : all.find((c) => c.id === category.parentId);
  return parent ? `${parent.name} › ${category.name}` : category.name;
}

/**
 * The categories to offer for an entry: not archived, those of the entry's kind first, each group by label
 * in the user's language.
 */
export function offeredCategories(all: readonly Category[], kind?: CategoryKind): Category[] {
  const label = (c: Category) => categoryLabel(c, all);
  return all.filter((c) => !c.archived)
    .sort((a, b) => Number(b.kind === kind) - Number(a.kind === kind) || label(a).localeCompare(label(b)));
}

/** The category a typed name stands for: its label or its own name, regardless of case. */
export function findCategory(typed: string, all: readonly Category[]): Category | undefined {
  const wanted = fold(typed.trim());
  if (!wanted) {
    return undefined;
  }
  const active = all.filter((c) => !c.archived);
  return active.find((c) => fold(categoryLabel(c, all)) === wanted) ?? active.find((c) => fold(c.name) === wanted);
}
