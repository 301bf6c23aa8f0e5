import { request } from './http';

export interface Account {
  id: number;
  name: string;
  currency: string;
  balance: string;
  createdAt: string;
}

export const listAccounts = () => request<Account[]>('GET', '/api/accounts');

export const getAccount = (id: number) => request<Account>('GET', `/api/accounts/${id}`);

export const createAccount = (name: string, currency: string) =>
  request<Account>('POST', '/api/accounts', { name, currency });
