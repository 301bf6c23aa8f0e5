import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/http';
import { describeError, fieldMessage, loadFailure } from '../src/problems';

const problem = (status: number, slug: string, detail = '', fields: Record<string, string> = {}, retryAfter?: number) =>
  new ApiError(status, `/problems/${slug}`, slug, detail, fields, retryAfter);

describe('describeError', () => {
  it('says an insufficient balance at the amount, in the account\'s currency', () => {
    const described = describeError(problem(409, 'insufficient-funds',
      'The balance of 1020.00 USD does not cover 5000.00 USD.'), { currency: 'USD' });
    expect(described.fields.amount).toBe('The balance of $1,020.00 does not cover $5,000.00.');
    expect(described.message).toBe('');
  });

  it('falls back to what the app knows when the server words it differently', () => {
    const described = describeError(problem(409, 'insufficient-funds', 'Not enough money.'),
      { currency: 'EUR', balance: '3.00', amount: '4.50' });
    expect(described.fields.amount).toBe('The balance of €3.00 does not cover €4.50.');
  });

  it('puts a taken username at the username field', () => {
    const described = describeError(problem(409, 'username-taken', 'The username "ann" is already taken.'),
      { username: 'ann' });
    expect(described.fields.username).toBe('The username “ann” is taken. Choose another one.');
  });

  it('puts a taken account name at the name field', () => {
    expect(describeError(problem(409, 'account-name-taken')).fields.name).toMatch(/already have an account/);
  });

  it('says how long to wait in words', () => {
    expect(describeError(problem(429, 'too-many-attempts', 'Try again in 1 second(s).', {}, 1)).message)
      .toBe('Too many failed logins. Try again in 1 second.');
    expect(describeError(problem(429, 'too-many-attempts', '', {}, 120)).message).toMatch(/in 2 minutes\.$/);
  });

  it('keeps the incident id of a server failure', () => {
    const id = '0f8c7a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6';
    expect(describeError(problem(500, 'internal-error', `Incident ${id} was logged.`)).message).toContain(id);
  });

  it('knows that an unanswered request is safe to send again', () => {
    const described = describeError(new TypeError('Failed to fetch'));
    expect(described.unsent).toBe(true);
    expect(described.message).toMatch(/cannot be reached/);
  });
});

describe('fieldMessage', () => {
  it('turns the API\'s fragments and jargon into sentences', () => {
    expect(fieldMessage('amount', 'is required')).toBe('Please fill this in.');
    expect(fieldMessage('amount', 'must be a decimal string such as "12.34"')).toBe('Enter an amount such as 1,234.56.');
    expect(fieldMessage('amount', 'must have at most 2 decimal places in USD'))
      .toBe('Amounts in USD have at most 2 decimal places.');
    expect(fieldMessage('amount', 'must be a whole number in JPY')).toBe('Amounts in JPY are whole numbers.');
    expect(fieldMessage('amount', 'must be at most 1000000000.00', { currency: 'USD' }))
      .toBe('The largest amount is $1,000,000,000.00.');
    expect(fieldMessage('password', 'must be 10 to 128 characters long')).toBe('Use 10 to 128 characters.');
    expect(fieldMessage('to', 'must be later than from')).toBe('The end must be after the start.');
  });

  it('shows a message it does not know as a whole sentence', () => {
    expect(fieldMessage('x', 'is odd')).toBe('This is not accepted: is odd');
  });
});

describe('loadFailure', () => {
  it('says why a load was refused, never that there is nothing', () => {
    expect(loadFailure(problem(400, 'invalid-input', 'to: must be later than from', { to: 'must be later than from' })))
      .toBe('The end must be after the start.');
    expect(loadFailure(new TypeError('Failed to fetch'))).toMatch(/cannot be reached/);
  });
});
