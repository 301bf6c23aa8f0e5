import type { AmountProblem } from '../../amount';
import { t } from '../../i18n';
import { formatMoney } from '../../money';
import { exampleAmount } from '../../problems';

/** What is wrong with a typed amount, in words, in the currency it is for. */
export function amountProblem(problem: AmountProblem, currency: string, digits?: number, max?: string): string {
  switch (problem) {
    case 'empty':
      return t('error.required');
    case 'zero':
      return t('error.amountZero');
    case 'decimals':
      return digits === 0 ? t('error.amountWhole', { currency })
        : t('error.amountDecimals', { currency, digits: digits ?? 2 });
    case 'max':
      return t('error.amountMax', { max: formatMoney(max ?? '0', currency) });
    default:
      return t('error.amountFormat', { example: exampleAmount(digits) });
  }
}
