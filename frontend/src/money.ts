/** Money arrives from the API as exact decimal strings; it is only ever formatted, never computed on. */

const formats = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, locale?: string): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formats.set(key, format);
  }
  return format;
}

/** "1234.5" in EUR → "€1,234.50" (or "1.234,50 €", as the user's locale has it). Exact: no float rounding. */
export function formatMoney(amount: string, currency: string, locale?: string): string {
  return formatter(currency, locale).format(amount as Intl.StringNumericLiteral);
}

/**
 * Turns what a person typed into the API's decimal form: surrounding spaces go, and a lone decimal comma
 * ("12,50") becomes a point. Anything else is sent as typed, for the server to judge.
 */
export function toApiAmount(typed: string): string {
  const trimmed = typed.trim();
  return /^\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
}

export function formatTime(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
}
