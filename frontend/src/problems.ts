import { ApiError } from './api/http';
import { t } from './i18n';
import { formatMoney, formatNumber, formatWait } from './money';

/** What the app knows around a failed request, to say what went wrong in the user's terms. */
export interface ErrorContext {
  /** The account's currency, for amounts in messages. */
  currency?: string;
  /** The amount that was sent, in the API's form. */
  amount?: string;
  /** The account's balance as last seen. */
  balance?: string;
  username?: string;
}

/** A failure as the user should read it: messages by field, or one message for the whole form. */
export interface Described {
  fields: Record<string, string>;
  message: string;
  /** True when the request may not have reached the server: sending it again is safe. */
  unsent: boolean;
}

/** "1,234.56" in the user's locale: how an amount is typed. */
export function exampleAmount(digits = 2): string {
  return formatNumber(1234.56, Math.min(digits, 2));
}

function money(amount: string | undefined, context: ErrorContext): string {
  if (!amount) {
    return '';
  }
  return context.currency ? formatMoney(amount, context.currency) : amount;
}

/**
 * A field error of the API in plain words. The server's wording is for developers ("must be a decimal string
 * such as …"); its meaning is recognised here and said again from the message catalogue. Unknown messages are
 * shown as they are, as a whole sentence.
 */
export function fieldMessage(field: string, message: string, context: ErrorContext = {}): string {
  let match: RegExpExecArray | null;
  if (/is required/.test(message)) {
    return t('error.required');
  }
  if (/decimal string|wrong type or format/.test(message) && /amount/i.test(field)) {
    return t('error.amountFormat', { example: exampleAmount() });
  }
  if ((match = /whole number in ([A-Z]{3})/.exec(message))) {
    return t('error.amountWhole', { currency: match[1] });
  }
  if ((match = /at most (\d+) decimal places in ([A-Z]{3})/.exec(message))) {
    return t('error.amountDecimals', { digits: match[1], currency: match[2] });
  }
  if (/greater than zero/.test(message)) {
    return t('error.amountZero');
  }
  if ((match = /^must be at most (\d+(?:\.\d+)?)$/.exec(message)) || /is too large/.test(message)) {
    return match ? t('error.amountMax', { max: money(match[1], context) }) : t('error.amountMax', { max: '' });
  }
  if ((match = /at most (\d+) characters/.exec(message))) {
    return t('error.tooLong', { max: match[1] });
  }
  if ((match = /must be (\d+) to (\d+) characters/.exec(message))) {
    return t('error.lengthBetween', { min: match[1], max: match[2] });
  }
  if (/only letters/.test(message)) {
    return t('error.usernameChars');
  }
  if (/not be the username/.test(message)) {
    return t('error.passwordIsUsername');
  }
  if (/control characters/.test(message)) {
    return t('error.controlChars');
  }
  if (/ISO 4217/.test(message)) {
    return t('error.currencyUnknown');
  }
  if (/another account than/.test(message)) {
    return t('error.transferSameAccount');
  }
  if (/must be an account in/.test(message)) {
    return t('error.transferCurrency');
  }
  if (/later than|earlier than/.test(message)) {
    return t('error.timeOrder');
  }
  return t('error.invalid', { reason: message });
}

/** The two amounts of an insufficient-funds refusal, from its detail if the server names them. */
function insufficientFunds(error: ApiError, context: ErrorContext): string {
  const named = /of (\d+(?:\.\d+)?) [A-Z]{3} does not cover (\d+(?:\.\d+)?)/.exec(error.detail);
  const balance = named?.[1] ?? context.balance;
  const amount = named?.[2] ?? context.amount;
  return balance && amount
    ? t('error.insufficientFunds', { balance: money(balance, context), amount: money(amount, context) })
    : error.detail;
}

/** Turns any failure of an API call into what the user should read, at the field it concerns. */
export function describeError(error: unknown, context: ErrorContext = {}): Described {
  if (!(error instanceof ApiError)) {
    return { fields: {}, message: t('error.unreachable'), unsent: true };
  }
  const fields: Record<string, string> = {};
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    fields[field] = fieldMessage(field, message, context);
  }
  let message = '';
  if (error.is('insufficient-funds')) {
    fields.amount = insufficientFunds(error, context);
  } else if (error.is('balance-limit')) {
    fields.amount = t('error.balanceLimit');
  } else if (error.is('username-taken')) {
    fields.username = t('error.usernameTaken', { username: context.username ?? '' });
  } else if (error.is('account-name-taken')) {
    fields.name = t('error.accountNameTaken');
  } else if (Object.keys(fields).length === 0) {
    message = generalMessage(error);
  }
  return { fields, message, unsent: false };
}

function generalMessage(error: ApiError): string {
  if (error.is('invalid-credentials')) {
    return t('error.invalidCredentials');
  }
  if (error.is('too-many-attempts')) {
    return t('error.tooManyAttempts', { wait: formatWait(error.retryAfter ?? 1) });
  }
  if (error.is('ledger-busy')) {
    return t('error.busy');
  }
  if (error.is('unauthorized')) {
    return t('error.sessionEnded');
  }
  if (error.is('not-found') || error.is('account-not-found')) {
    return t('error.notFound');
  }
  if (error.status >= 500) {
    const incident = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(error.detail)?.[0];
    return incident ? t('error.internal', { incident }) : t('error.internalNoId');
  }
  return error.detail || error.title;
}

/** One sentence for a failed load: why it failed, from the field errors or the problem. */
export function loadFailure(error: unknown, context: ErrorContext = {}): string {
  if (!(error instanceof ApiError)) {
    return t('error.unreachableLoad');
  }
  const described = describeError(error, context);
  return [...Object.values(described.fields), described.message].filter(Boolean).join(' ');
}
