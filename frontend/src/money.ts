/**
 * Money arrives from the API as exact decimal strings; it is formatted (with Intl, in the user's locale)
 * and added up exactly (see decimal.ts), never turned into floating point, except to draw a chart.
 */

const formats = new Map<string, Intl.NumberFormat>();

function cached(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = formats.get(key);
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

/** Decimal places Intl shows for a currency by default (2 for USD, 0 for JPY). */
export function currencyDigits(currency: string, locale?: string): number {
  return cached(`${locale ?? ''}|${currency}|default`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency })).resolvedOptions().maximumFractionDigits ?? 2;
}

function decimalsOf(amount: string): number {
  const point = amount.indexOf('.');
  return point < 0 ? 0 : amount.length - point - 1;
}

/**
 * "1234.5" in EUR → "€1,234.50" (or "1.234,50 €", as the user's locale has it). Exact: no float rounding,
 * and never fewer decimals than the amount has (the server's currency rules may allow more than Intl's).
 */
export function formatMoney(amount: string, currency: string, locale?: string): string {
  const digits = Math.max(decimalsOf(amount), currencyDigits(currency, locale));
  return cached(`${locale ?? ''}|${currency}|${digits}`, () => new Intl.NumberFormat(locale, {
    style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits,
  })).format(amount as Intl.StringNumericLiteral);
}

/** An amount with its direction: "+$12.00" for money in, "−$12.00" for money out. */
export function formatSigned(amount: string, currency: string, incoming: boolean, locale?: string): string {
  return `${incoming ? '+' : '\u2212'}${formatMoney(amount, currency, locale)}`;
}

/** Short amounts for a chart's axis: "$1.2K", "12 €". */
export function formatCompactMoney(value: number, currency: string, locale?: string): string {
  return cached(`${locale ?? ''}|${currency}|compact`, () => new Intl.NumberFormat(locale, {
    style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1,
  })).format(value);
}

/** A plain number in the user's locale, e.g. the example amount "1,234.56" or "1.234,56". */
export function formatNumber(value: number, digits: number, locale?: string): string {
  return cached(`${locale ?? ''}|number|${digits}`, () => new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits, maximumFractionDigits: digits,
  })).format(value);
}

/** "30 seconds", "1 minute", "2 hours" in the user's language, for a wait given in seconds. */
export function formatWait(seconds: number, locale?: string): string {
  const [value, unit] = seconds < 90 ? [Math.max(1, Math.ceil(seconds)), 'second']
    : seconds < 90 * 60 ? [Math.ceil(seconds / 60), 'minute'] : [Math.ceil(seconds / 3600), 'hour'];
  return cached(`${locale ?? ''}|wait|${unit}`, () => new Intl.NumberFormat(locale, {
    style: 'unit', unit, unitDisplay: 'long',
  })).format(value as number);
}

/** The currency's name in the user's language ("US dollar"), or its code where the browser has none. */
export function currencyName(code: string, locale?: string, fallback?: string): string {
  try {
    names ??= new Intl.DisplayNames(locale, { type: 'currency' });
    return names.of(code) ?? fallback ?? code;
  } catch {
    return fallback ?? code;
  }
}
let names: Intl.DisplayNames | undefined;
