import { describe, expect, it } from 'vitest';
import { formatMoney, toApiAmount } from '../src/money';

describe('formatMoney', () => {
  it('formats with the currency and its decimals', () => {
    expect(formatMoney('1234.5', 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney('1500', 'JPY', 'en-US')).toBe('¥1,500');
    expect(formatMoney('0.05', 'EUR', 'de-DE')).toBe('0,05\u00a0€');
  });

  it('keeps amounts beyond double precision exact', () => {
    expect(formatMoney('92233720368547758.07', 'USD', 'en-US')).toBe('$92,233,720,368,547,758.07');
  });
});

describe('toApiAmount', () => {
  it('accepts a decimal comma and trims', () => {
    expect(toApiAmount(' 12,50 ')).toBe('12.50');
    expect(toApiAmount('12.50')).toBe('12.50');
  });

  it('leaves anything else for the server to judge', () => {
    expect(toApiAmount('1,234.50')).toBe('1,234.50');
    expect(toApiAmount('-5')).toBe('-5');
  });
});
