import { describe, expect, it } from 'vitest';
import { readAmount } from '../src/amount';

const en = { locale: 'en-US', digits: 2, max: '1000000000.00' };
const de = { locale: 'de-DE', digits: 2, max: '1000000000.00' };

describe('readAmount', () => {
  it('reads what people type in English', () => {
    expect(readAmount('1,234.56', en)).toEqual({ amount: '1234.56' });
    expect(readAmount(' 12.50 ', en)).toEqual({ amount: '12.50' });
    expect(readAmount('1,234', en)).toEqual({ amount: '1234' });
    expect(readAmount('1,234,567.8', en)).toEqual({ amount: '1234567.8' });
    expect(readAmount('.5', en)).toEqual({ amount: '0.5' });
    expect(readAmount('007', en)).toEqual({ amount: '7' });
  });

  it('takes a lone decimal comma as a decimal separator, as many people write it', () => {
    expect(readAmount('12,50', en)).toEqual({ amount: '12.50' });
    expect(readAmount('12,5', en)).toEqual({ amount: '12.5' });
  });

  it('reads what people type in German', () => {
    expect(readAmount('1.234,56', de)).toEqual({ amount: '1234.56' });
    expect(readAmount('12,50', de)).toEqual({ amount: '12.50' });
    expect(readAmount('1 234,5', de)).toEqual({ amount: '1234.5' });
    expect(readAmount('1.234', de)).toEqual({ amount: '1234' });
  });

  it('says what is wrong', () => {
    expect(readAmount('', en)).toEqual({ problem: 'empty' });
    expect(readAmount('abc', en)).toEqual({ problem: 'format' });
    expect(readAmount('-5', en)).toEqual({ problem: 'format' });
    expect(readAmount('1e5', en)).toEqual({ problem: 'format' });
    expect(readAmount('1.2.3', en)).toEqual({ problem: 'format' });
    expect(readAmount('0.00', en)).toEqual({ problem: 'zero' });
    expect(readAmount('1.234', en)).toEqual({ problem: 'decimals' });
    expect(readAmount('1000000000.01', en)).toEqual({ problem: 'max' });
  });

  it('drops trailing zeros beyond the currency decimals instead of refusing them', () => {
    expect(readAmount('12.500', en)).toEqual({ amount: '12.50' });
    expect(readAmount('1500.0', { ...en, digits: 0 })).toEqual({ amount: '1500' });
    expect(readAmount('1500.5', { ...en, digits: 0 })).toEqual({ problem: 'decimals' });
  });
});
