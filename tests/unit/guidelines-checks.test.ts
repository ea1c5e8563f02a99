import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixEdit } from '@/lib/shared/guidelines/checks';
import { da, params } from '../helpers/guidelines';

describe('findings and fixes', () => {
  it('has no findings for an empty draft, and lists heads-ups before tips', () => {
    expect(checkDraft('   ', params, da)).toEqual([]);
    const findings = checkDraft('#a #b #c #d #e #f Blåhval', params, da);
    expect(findings.map((f) => f.severity)).toEqual(['heads-up', 'info']);
  });

  it('does nothing with a stale fix (the draft changed where it applies)', () => {
    const draft = 'Om Blåhval.';
    const finding = checkDraft(draft, params, da).find((f) => f.kind === 'confidential')!;
    expect(fixEdit('Noget helt andet', finding)).toBeNull();
    expect(applyFix('Noget helt andet', finding)).toBe('Noget helt andet');
    expect(fixEdit(draft, finding)).toEqual({ start: 2, end: 10, text: '' });
  });
});
