import { ApiError } from './api/http';
import { browserRefusal } from './api/passkeys';
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
  /** The field of the form where a wrong one-time or recovery code is shown; `code` unless named. */
  codeField?: string;
  /** The field of the form where a wrong password is shown; `password` unless named. */
  passwordField?: string;
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
 * A field error of the API in the user's language. The server writes its messages as English sentences for
 * people ("Enter an amount."); their meaning is recognised here and said again from the message catalogue.
 * A message it does not know is shown as the server wrote it.
 */
export function fieldMessage(field: string, message: string, context: ErrorContext = {}): string {
  let match: RegExpExecArray | null;
  if (/^(Enter (an amount|a username|a password|your username|your password|a name for the account)|Choose a currency|Choose the account to transfer (from|to))\.$/.test(message)) {
    return t('error.required');
  }
  if (/digits with a decimal point|wrong form for this field/.test(message) && /amount/i.test(field)) {
    return t('error.amountFormat', { example: exampleAmount() });
  }
  if ((match = /^([A-Z]{3}) amounts are whole numbers/.exec(message))) {
    return t('error.amountWhole', { currency: match[1] });
  }
  if ((match = /^([A-Z]{3}) amounts have at most (\d+) decimal place/.exec(message))) {
    return t('error.amountDecimals', { digits: match[2], currency: match[1] });
  }
  if (/greater than zero/.test(message)) {
    return t('error.amountZero');
  }
  if ((match = /^Enter an amount of at most ([\d,]+(?:\.\d+)?)\.$/.exec(message)) || /amount is too large/.test(message)) {
    return t('error.amountMax', { max: match ? money(match[1].replace(/,/g, ''), context) : '' });
  }
  if ((match = /has at most (\d+) characters/.exec(message))) {
    return t('error.tooLong', { max: match[1] });
  }
  if ((match = /of (\d+) to (\d+) characters/.exec(message))) {
    return t('error.lengthBetween', { min: match[1], max: match[2] });
  }
  if (/may contain only the letters/.test(message)) {
    return t('error.usernameChars');
  }
  if (/not your username/.test(message)) {
    return t('error.passwordIsUsername');
  }
  if (/control characters/.test(message)) {
    return t('error.controlChars');
  }
  if (/three-letter code/.test(message)) {
    return t('error.currencyUnknown');
  }
  if (/account it comes from/.test(message)) {
    return t('error.transferSameAccount');
  }
  if (/same currency/.test(message)) {
    return t('error.transferCurrency');
  }
  if (/start date must be on or before the end date/.test(message)) {
    return t('error.dateOrder');
  }
  if (/start must be before the end/.test(message)) {
    return t('error.timeOrder');
  }
  if (/^The scopes must be \[/.test(message)) {
    return t('tokens.scopesInvalid');
  }
  if ((match = /^The expiry must be in the future and at most (\d+) days away/.exec(message))) {
    return t('tokens.expiryInvalid', { days: match[1] });
  }
  return /^[A-Z].*[.!]$/.test(message) ? message : t('error.invalid', { reason: message });
}

/** The two amounts of an insufficient-funds refusal: the problem's members, else what the app knows. */
function insufficientFunds(error: ApiError, context: ErrorContext): string {
  const member = (name: string) => (typeof error.members[name] === 'string' ? error.members[name] as string : undefined);
  const balance = member('balance') ?? context.balance;
  const amount = member('amount') ?? context.amount;
  const currency = member('currency') ?? context.currency;
  return balance && amount
    ? t('error.insufficientFunds', { balance: money(balance, { currency }), amount: money(amount, { currency }) })
    : error.detail;
}

/** Turns any failure of an API call into what the user should read, at the field it concerns. */
export function describeError(error: unknown, context: ErrorContext = {}): Described {
  const refusal = browserRefusal(error);
  if (refusal) {
    return { fields: {}, message: t(refusal === 'exists' ? 'passkeys.exists' : 'passkeys.cancelled'), unsent: true };
  }
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
  } else if (error.is('invalid-second-factor') || error.is('wrong-code')) {
    fields[context.codeField ?? 'code'] = t('error.wrongCode');
  } else if (error.is('wrong-password')) {
    fields[context.passwordField ?? 'password'] = t('error.wrongPassword');
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
  if (error.is('recent-sign-in-required')) {
    return t('error.recentSignIn');
  }
  if (error.is('not-found') || error.is('account-not-found')) {
    return t('error.notFound');
  }
  if (error.is('too-many-tokens') && typeof error.members.max === 'number') {
    return t('tokens.tooMany', { max: formatNumber(error.members.max, 0) });
  }
  if (error.is('token-not-found')) {
    return t('tokens.notFound');
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
