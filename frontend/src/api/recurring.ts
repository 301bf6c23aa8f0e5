import { query, request } from './http';

export type Frequency = 'day' | 'week' | 'month' | 'year';
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

export interface Schedule {
  every: Frequency;
  interval: number;
  /** Day of the month, for monthly schedules. */
  day: number | null;
  /** For weekly schedules. */
  weekday: Weekday | null;
}

export interface Occurrence {
  occursOn: string;
  status: 'posted' | 'failed';
  entryId: number | null;
  reason: string | null;
}

export interface Recurring {
  id: number;
  accountId: number;
  type: 'deposit' | 'withdrawal';
  amount: string;
  description: string | null;
  categoryId: number | null;
  payee: string | null;
  tags: string[];
  notes: string | null;
  schedule: Schedule;
  startOn: string;
  endOn: string | null;
  count: number | null;
  paused: boolean;
  /** The next occurrence to post; null once none is left. */
  nextOn: string | null;
  /** Newest first; only in the answer about one recurring entry. */
  recentOccurrences: Occurrence[] | null;
}

export interface Upcoming {
  recurringId: number;
  paused: boolean;
  dates: string[];
}

/** The `recurring-failed` live event: an occurrence was not posted, and why. */
export interface RecurringFailed {
  recurringId: number;
  occursOn: string;
  accountId: number;
  type: string;
  amount: string;
  description: string | null;
  problem: string;
  reason: string;
}

export interface RecurringInput {
  accountId?: number;
  type?: 'deposit' | 'withdrawal';
  amount: string;
  description: string | null;
  categoryId: number | null;
  payee: string | null;
  schedule: { every: Frequency; interval: number };
  startOn: string;
  endOn: string | null;
  count: number | null;
}

export const listRecurring = () => request<Recurring[]>('GET', '/api/recurring');

export const getRecurring = (id: number) => request<Recurring>('GET', `/api/recurring/${id}`);

export const createRecurring = (input: RecurringInput) => request<Recurring>('POST', '/api/recurring', input);

export const updateRecurring = (id: number, change: Partial<RecurringInput>) =>
  request<Recurring>('PATCH', `/api/recurring/${id}`, change);

export const deleteRecurring = (id: number) => request<void>('DELETE', `/api/recurring/${id}`);

export const pauseRecurring = (id: number) => request<Recurring>('POST', `/api/recurring/${id}/pause`);

export const resumeRecurring = (id: number) => request<Recurring>('POST', `/api/recurring/${id}/resume`);

export const upcomingDates = (id: number, count: number) =>
  request<Upcoming>('GET', `/api/recurring/${id}/upcoming${query({ count })}`);
