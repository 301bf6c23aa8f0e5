import { ApiError, query, request } from './http';

export interface Payee {
  name: string;
  uses: number;
  lastOccurredOn: string;
}

/** Payees the user has written before, most used first. A server without suggestions gives none. */
export async function suggestPayees(q: string, limit = 8): Promise<Payee[]> {
  try {
    return await request<Payee[]>('GET', `/api/payees${query({ q, limit })}`);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 405)) {
      return [];
    }
    throw error;
  }
}
