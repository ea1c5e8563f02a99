/** Plurals and dates of the options page, in both languages. */
import { describe, expect, it } from 'vitest';
import { createI18n, formatDateTime } from '@/lib/shared/i18n';

describe('plurals and dates', () => {
  it.each([
    ['en', 1, '1 share'],
    ['en', 3, '3 shares'],
    ['da', 1, '1 deling'],
    ['da', 3, '3 delinger'],
  ] as const)('%s: %i → %s', (language, count, expected) => {
    expect(createI18n(language).t('common:shares', { count })).toBe(expected);
  });

  it('uses the Danish ordinal for the sync period', () => {
    expect(createI18n('da').t('options:prefs.syncEvery', { count: 1 })).toBe('Hver time');
    expect(createI18n('da').t('options:prefs.syncEvery', { count: 3 })).toBe('Hver 3. time');
    expect(createI18n('en').t('options:prefs.syncEvery', { count: 3 })).toBe('Every 3 hours');
  });

  it('writes dates the way each language does', () => {
    const at = '2026-11-26T09:05:00.000Z';
    const options = { dateStyle: 'medium', timeZone: 'UTC' } as const;
    expect(formatDateTime('da', at, options)).toBe('26. nov. 2026');
    expect(formatDateTime('en', at, options)).toBe('26 Nov 2026');
    expect(formatDateTime('en', 'not a date')).toBe('not a date');
  });
});
