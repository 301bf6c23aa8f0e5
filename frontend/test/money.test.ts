import { describe, expect, it } from 'vitest';
import { formatMoney, formatSigned, formatWait } from '../src/money';

describe('formatMoney', () => {
  it('formats with the currency and its decimals', () => {
    expect(formatMoney('1234.5', 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney('1500', 'JPY', 'en-US')).toBe('¥1,500');
    expect(formatMoney('0.05', 'EUR', 'de-DE')).toBe('0,05\u00a0€');
  });

  it('keeps amounts beyond double precision exact', () => {
    expect(formatMoney('92233720368547758.07', 'USD', 'en-US')).toBe('$92,233,720,368,547,758.07');
  });

  it('never drops decimals the server sent, even where Intl would show fewer', () => {
    // ISO 4217 gives the Iraqi dinar three decimals; browsers show none by default
    expect(formatMoney('12.345', 'IQD', 'en-US')).toMatch(/12\.345/);
  });

  it('signs amounts by direction with a real minus sign', () => {
    expect(formatSigned('30.00', 'USD', false, 'en-US')).toBe('\u2212$30.00');
    expect(formatSigned('1020', 'JPY', true, 'en-US')).toBe('+¥1,020');
  });
});

describe('formatWait', () => {
  it('says waits in words, singular and plural, in the locale', () => {
    expect(formatWait(1, 'en-US')).toBe('1 second');
    expect(formatWait(30, 'en-US')).toBe('30 seconds');
    expect(formatWait(600, 'en-US')).toBe('10 minutes');
    expect(formatWait(1, 'de-DE')).toBe('1 Sekunde');
  });
});
