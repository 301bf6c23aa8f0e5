import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/http';
import { describeError, fieldMessage, loadFailure } from '../src/problems';

const problem = (status: number, slug: string, detail = '', fields: Record<string, string> = {}, retryAfter?: number,
    members: Record<string, unknown> = {}) =>
  new ApiError(status, `/problems/${slug}`, slug, detail, fields, retryAfter, members);

describe('describeError', () => {
  it('says an insufficient balance at the amount, in the account\'s currency, from the problem\'s members', () => {
    const sentence = 'The balance of 1,020.00 USD does not cover 5,000.00 USD.';
    const described = describeError(problem(409, 'insufficient-funds', sentence, { amount: sentence }, undefined,
      { balance: '1020.00', amount: '5000.00', currency: 'USD' }));
    expect(described.fields.amount).toBe('The balance of $1,020.00 does not cover $5,000.00.');
    expect(described.message).toBe('');
  });

  it('falls back to what the app knows when the server words it differently', () => {
    const described = describeError(problem(409, 'insufficient-funds', 'Not enough money.'),
      { currency: 'EUR', balance: '3.00', amount: '4.50' });
    expect(described.fields.amount).toBe('The balance of €3.00 does not cover €4.50.');
  });

  it('puts a taken username at the username field', () => {
    const described = describeError(problem(409, 'username-taken', 'This username is already taken. Choose another one.',
      { username: 'This username is already taken. Choose another one.' }), { username: 'ann' });
    expect(described.fields.username).toBe('The username “ann” is taken. Choose another one.');
  });

  it('puts a taken account name at the name field', () => {
    expect(describeError(problem(409, 'account-name-taken')).fields.name).toMatch(/already have an account/);
  });

  it('asks a user without a password to sign in again, in their language', () => {
    expect(describeError(problem(403, 'recent-sign-in-required', 'This account has no password: sign in again.'))
      .message).toBe('Sign in again (through your identity provider or with a passkey), then do this within 10 '
        + 'minutes. Nothing was changed.');
  });

  it('says how long to wait in words', () => {
    expect(describeError(problem(429, 'too-many-attempts', 'Too many attempts. Try again in 1 second.', {}, 1)).message)
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
  it('says the API\'s sentences again from the message catalogue', () => {
    expect(fieldMessage('amount', 'Enter an amount.')).toBe('Please fill this in.');
    expect(fieldMessage('username', 'Enter a username.')).toBe('Please fill this in.');
    expect(fieldMessage('amount', 'Enter the amount as digits with a decimal point, such as 12.34.'))
      .toBe('Enter an amount such as 1,234.56.');
    expect(fieldMessage('amount', 'USD amounts have at most 2 decimal places.'))
      .toBe('Amounts in USD have at most 2 decimal places.');
    expect(fieldMessage('amount', 'JPY amounts are whole numbers, without decimal places.'))
      .toBe('Amounts in JPY are whole numbers.');
    expect(fieldMessage('amount', 'Enter an amount of at most 1,000,000,000.00.', { currency: 'USD' }))
      .toBe('The largest amount is $1,000,000,000.00.');
    expect(fieldMessage('amount', 'Enter an amount greater than zero.')).toBe('Enter an amount greater than zero.');
    expect(fieldMessage('password', 'Choose a password of 10 to 128 characters.')).toBe('Use 10 to 128 characters.');
    expect(fieldMessage('description', 'A description has at most 500 characters.')).toBe('Use at most 500 characters.');
    expect(fieldMessage('currency', 'Choose a currency by its three-letter code, such as USD or EUR.'))
      .toBe('Choose a currency from the list, such as EUR or USD.');
    expect(fieldMessage('toAccountId', 'The money cannot go to the account it comes from. Choose another account.'))
      .toBe('Choose another account to transfer to.');
    expect(fieldMessage('to', 'The start date must be on or before the end date.'))
      .toBe('The end date must be on or after the start date.');
    expect(fieldMessage('to', 'The start must be before the end.')).toBe('The end must be after the start.');
  });

  it('shows a sentence it does not know as the server wrote it, anything else as a whole sentence', () => {
    expect(fieldMessage('x', 'This value has the wrong form for this field.'))
      .toBe('This value has the wrong form for this field.');
    expect(fieldMessage('x', 'is odd')).toBe('This is not accepted: is odd');
  });
});

describe('loadFailure', () => {
  it('says why a load was refused, never that there is nothing', () => {
    const sentence = 'The start date must be on or before the end date.';
    expect(loadFailure(problem(400, 'invalid-input', sentence, { to: sentence })))
      .toBe('The end date must be on or after the start date.');
    expect(loadFailure(new TypeError('Failed to fetch'))).toMatch(/cannot be reached/);
  });
});
