import { describe, expect, it } from 'vitest';
import { checkDraft, foldPosition } from '@/lib/shared/guidelines/checks';
import { da, ofKind, params } from '../../helpers/guidelines';

describe('form: fold', () => {
  it('shows where the "…see more" fold falls, only when something is hidden', () => {
    const draft = `${'Første linje med en god krog. '.repeat(10)}Resten.`;
    const [finding] = ofKind(checkDraft(draft, params, da), 'fold');
    expect(finding!.span!.end).toBeLessThanOrEqual(210);
    expect(draft[finding!.span!.end]).toBe(' ');
    expect(ofKind(checkDraft('Kort opslag.', params, da), 'fold')).toEqual([]);
    expect(foldPosition('a\nb\nc\nd')).toBe(5);
  });
});
