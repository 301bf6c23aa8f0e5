import { describe, expect, it } from 'vitest';
import { compare, isZero, sum } from '../src/decimal';

describe('decimal', () => {
  it('adds exactly, beyond double precision', () => {
    expect(sum(['0.10', '0.20'])).toBe('0.30');
    expect(sum(['92233720368547758.07', '0.01'])).toBe('92233720368547758.08');
    expect(sum(['1500', '2'])).toBe('1502');
    expect(sum(['1.5', '0.25'])).toBe('1.75');
    expect(sum([])).toBe('0');
  });

  it('compares', () => {
    expect(compare('10.00', '9.99')).toBe(1);
    expect(compare('1', '1.00')).toBe(0);
    expect(compare('0.001', '0.01')).toBe(-1);
    expect(isZero('0.00')).toBe(true);
    expect(isZero('0.01')).toBe(false);
  });
});
