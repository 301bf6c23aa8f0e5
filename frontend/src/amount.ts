import { compare, isZero } from './decimal';

/** What is wrong with a typed amount, if anything. */
export type AmountProblem = 'empty' | 'format' | 'zero' | 'decimals' | 'max';

export type AmountReading = { amount: string; problem?: undefined } | { amount?: undefined; problem: AmountProblem };

export interface AmountRules {
  /** Decimal places of the currency, when known. */
  digits?: number;
  /** The largest amount, a decimal string, when known. */
  max?: string;
  locale?: string;
}

function separators(locale?: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

/**
 * Reads an amount as a person types it in their locale ("1,234.56" in English, "1.234,56" in German, also
 * "12,50" or "1 234,5") into the API's form ("1234.56"), or says what is wrong with it. A lone separator
 * is a decimal separator unless it is the locale's grouping separator followed by exactly three digits.
 */
export function readAmount(typed: string, rules: AmountRules = {}): AmountReading {
  const text = typed.replace(/[\s\u00a0\u202f'’]/g, '');
  if (text === '') {
    return { problem: 'empty' };
  }
  if (!/^[\d.,]+$/.test(text)) {
    return { problem: 'format' };
  }
  const { group, decimal } = separators(rules.locale);
  const marks = [...new Set(text.replace(/\d/g, ''))];
  let integer = text;
  let fraction = '';
  if (marks.length === 2) {
    const last = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
    const decimalMark = text[last];
    if (text.indexOf(decimalMark) !== last) {
      return { problem: 'format' };
    }
    integer = text.slice(0, last);
    fraction = text.slice(last + 1);
  } else if (marks.length === 1) {
    const mark = marks[0];
    const pieces = text.split(mark);
    if (pieces.length > 2) {
      // several marks of one kind can only be grouping: 1,234,567 (or 12,34,567 in India)
      const groups = pieces.slice(1);
      if (groups.at(-1)!.length !== 3 || groups.some((g) => g.length < 2 || g.length > 3)) {
        return { problem: 'format' };
      }
      integer = text;
    } else if (mark === group && mark !== decimal && pieces[1].length === 3) {
      integer = text;
    } else {
      [integer, fraction] = pieces;
    }
  }
  integer = integer.replace(/[.,]/g, '');
  if (!/^\d*$/.test(integer) || !/^\d*$/.test(fraction) || (integer === '' && fraction === '')) {
    return { problem: 'format' };
  }
  integer = integer.replace(/^0+(?=\d)/, '') || '0';
  if (rules.digits !== undefined && fraction.length > rules.digits) {
    if (/[^0]/.test(fraction.slice(rules.digits))) {
      return { problem: 'decimals' };
    }
    fraction = fraction.slice(0, rules.digits);
  }
  const amount = fraction ? `${integer}.${fraction}` : integer;
  if (isZero(amount)) {
    return { problem: 'zero' };
  }
  if (rules.max !== undefined && compare(amount, rules.max) > 0) {
    return { problem: 'max' };
  }
  return { amount };
}
