import { describe, expect, it } from 'vitest';
import { endText, failedNotice, scheduleText } from '../src/views/recurring/recurringData';

describe('recurring schedules', () => {
  it('are said in words', () => {
    expect(scheduleText({ every: 'month', interval: 1, day: 1, weekday: null })).toBe('Every month on day 1');
    expect(scheduleText({ every: 'week', interval: 2, day: null, weekday: 'monday' })).toBe('Every 2 weeks on Monday');
    expect(scheduleText({ every: 'day', interval: 1, day: null, weekday: null })).toBe('Every day');
    expect(scheduleText({ every: 'year', interval: 3, day: null, weekday: null })).toBe('Every 3 years');
  });

  it('say when they end', () => {
    expect(endText({ endOn: null, count: 12 })).toBe('12 times in all');
    expect(endText({ endOn: null, count: null })).toBe('');
    expect(endText({ endOn: '2027-06-30', count: null })).toMatch(/^until Jun 30/);
  });

  it('tell of a failed occurrence with the server\'s reason', () => {
    expect(failedNotice({
      recurringId: 4, occursOn: '2026-11-01', accountId: 1, type: 'withdrawal', amount: '950.00', description: 'Rent',
      problem: '/problems/insufficient-funds', reason: 'The balance of 10.00 USD does not cover 950.00 USD.',
    }, 'USD')).toMatch(/^“Rent” was not posted on Nov 1(, 2026)?: The balance of 10\.00 USD does not cover 950\.00 USD\.$/);
  });
});
