import { request } from './http';

export type CategoryKind = 'expense' | 'income';

export interface Category {
  id: number;
  name: string;
  kind: CategoryKind;
  color: string | null;
  parentId: number | null;
  archived: boolean;
}

export interface NewCategory {
  name: string;
  kind: CategoryKind;
  color?: string;
  parentId?: number;
}

export const listCategories = () => request<Category[]>('GET', '/api/categories');

export const createCategory = (category: NewCategory) => request<Category>('POST', '/api/categories', category);

export const updateCategory = (id: number, change: Partial<Omit<Category, 'id'>>) =>
  request<Category>('PATCH', `/api/categories/${id}`, change);
