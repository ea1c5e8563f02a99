import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft } from '@/lib/shared/guidelines/checks';
import { da, en, ofKind, params, spanText } from '../../helpers/guidelines';

describe('confidential terms', () => {
  it('finds a code name case- and accent-insensitively, with æøå transliterated, span in the original text', () => {
    const draft = 'Vi er i gang med PROJEKT BLAAHVAL – og det går godt.';
    const [finding] = ofKind(checkDraft(draft, params, da), 'confidential');
    expect(finding?.severity).toBe('heads-up');
    expect(spanText(draft, finding!)).toBe('PROJEKT BLAAHVAL');
  });

  it('finds the Danish spelling when the feed wrote the transliteration, and across a line break', () => {
    const feed = { ...params, confidentialTerms: ['projekt blaahval'] };
    const draft = 'Nyt fra Projekt\nBlåhval i dag';
    const [finding] = ofKind(checkDraft(draft, feed, da), 'confidential');
    expect(spanText(draft, finding!)).toBe('Projekt\nBlåhval');
  });

  it('finds English terms and terms with punctuation', () => {
    const draft = 'Our new turbine NV-X15 ships with Project Sea Eagle.';
    const found = ofKind(checkDraft(draft, params, en), 'confidential').map((f) => spanText(draft, f));
    expect(found).toEqual(['NV-X15', 'Project Sea Eagle']);
  });

  // Decision: whole words only. "Blåhvalen" (the blue whale) is another word, and flagging
  // every inflection would mostly produce false alarms on ordinary words.
  it('matches whole words only: no hit inside "Blåhvalen" or "NV-X150"', () => {
    const draft = 'Blåhvalen er verdens største dyr. Modellen NV-X150 er gammel.';
    expect(ofKind(checkDraft(draft, params, da), 'confidential')).toEqual([]);
  });

  it('fixes by removing the term without leaving a double space, and the fix clears the finding', () => {
    const draft = 'Spændende nyt om Blåhval i dag.';
    const finding = ofKind(checkDraft(draft, params, da), 'confidential')[0]!;
    const fixed = applyFix(draft, finding);
    expect(fixed).toBe('Spændende nyt om i dag.');
    expect(ofKind(checkDraft(fixed, params, da), 'confidential')).toEqual([]);
  });
});
