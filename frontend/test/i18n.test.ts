import { afterEach, describe, expect, it } from 'vitest';
import { de } from '../src/i18n/de';
import { en } from '../src/i18n/en';
import { loadLanguage, pickLanguage, t, tn } from '../src/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  afterEach(() => loadLanguage('en'));

  it('has every English message in German too, with the same placeholders', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(de[key].trim(), key).not.toBe('');
      expect(placeholders(de[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('picks the first preferred language it has, else English', () => {
    expect(pickLanguage(['de-CH', 'en'])).toBe('de');
    expect(pickLanguage(['fr-FR', 'de'])).toBe('de');
    expect(pickLanguage(['fr-FR'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('fills in values and picks plural forms', async () => {
    expect(t('dashboard.totalIn', { currency: 'EUR' })).toBe('Total in EUR');
    expect(tn('dashboard.accounts', 1)).toBe('1 account');
    expect(tn('dashboard.accounts', 2)).toBe('2 accounts');
    await loadLanguage('de');
    expect(tn('dashboard.accounts', 1)).toBe('1 Konto');
    expect(t('entry.submit.deposit')).toBe('Einzahlen');
  });
});
