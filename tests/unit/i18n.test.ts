import { describe, expect, it } from 'vitest';
import { createI18n, resolveLanguage, resources } from '@/lib/shared/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('i18n', () => {
  it('has exactly the same keys in Danish and English, none empty', () => {
    expect(keys(resources.da).sort()).toEqual(keys(resources.en).sort());
    for (const language of [resources.da, resources.en]) {
      for (const key of keys(language)) {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], language);
        expect(text, key).not.toBe('');
      }
    }
  });

  it.each([
    ['auto', 'da-DK', 'da'],
    ['auto', 'da', 'da'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'sv-SE', 'en'],
    ['da', 'en-US', 'da'],
    ['en', 'da-DK', 'en'],
  ] as const)('resolves preference %s with browser %s to %s', (preference, browserLanguage, expected) => {
    expect(resolveLanguage(preference, browserLanguage)).toBe(expected);
  });

  it('translates with the chosen language', () => {
    expect(createI18n('da').t('panel:title')).toBe('Forslag til opslag');
    expect(createI18n('en').t('panel:title')).toBe('Suggested posts');
  });
});
