import { useMemo } from 'react';
import { Txt } from '@/components/painted-text';
import { useT } from '@/components/I18nProvider';
import type { PanelData } from '@/lib/shared/feed/types';
import { pickLanguage } from '@/lib/shared/panel/language-choice';
import { changedRatio } from '@/lib/shared/text/similarity';
import { useComposerSession, useLiveDraft } from './use-composer-session';

/** After an insert: a prompt for own words, and how much of the draft is the person's own (information only). */
export function Ownership({ data, language }: { data: PanelData | null; language: 'da' | 'en' }) {
  const { t } = useT('panel');
  const inserted = useComposerSession((session) => session.inserted);
  const draft = useLiveDraft();
  const percent = useMemo(
    () => (inserted ? Math.round(changedRatio(draft, inserted.insertedText) * 100) : 0),
    [draft, inserted],
  );
  if (!inserted) return null;
  const suggestion = data?.suggestions.find((s) => s.id === inserted.suggestionId);
  const prompts = (suggestion?.prompts ?? []).map((prompt) => pickLanguage(prompt, language)).filter(Boolean);
  return (
    <section className="ownership" aria-label={t('promptTitle')}>
      <h3 className="ownership__title">
        <Txt>{t('promptTitle')}</Txt>
      </h3>
      <ul className="ownership__prompts">
        {(prompts.length ? prompts : [t('promptDefault')]).map((prompt) => (
          <li key={prompt}>
            <Txt>{prompt}</Txt>
          </li>
        ))}
      </ul>
      <p className="ownership__value" data-testid="ownership">
        <Txt>{t('ownership', { percent })}</Txt>
      </p>
      <div className="ownership__bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </div>
      <p className="muted">
        <Txt>{t('ownershipNote')}</Txt>
      </p>
    </section>
  );
}
