import { memo, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { DraftFindings } from '@/components/guidelines';
import { I18nProvider } from '@/components/I18nProvider';
import { useStudioT } from './i18n';
import { orderVariants } from '@/lib/shared/panel/language-choice';
import { composeInsertText } from '@/lib/shared/panel/post-text';
import { SuggestionCard } from '@/components/panel/SuggestionCard';
import panelCss from '@/components/panel/panel.css?inline';
import type { Suggestion } from '@/lib/shared/feed/types';
import type { JsonObject } from '@/lib/pages/studio/path';
import { previewFeed, previewItem, previewText } from '@/lib/pages/studio/preview';
import { usePanelStore } from '@/stores/panel';
import { useStudioFeed, useStudioValue } from '@/stores/studio';
import { ShadowBox } from './ShadowBox';

/**
 * The item as an employee will get it, built by the extension's own code: the panel's
 * suggestion card, the exact text Insert puts into the composer (campaign link included),
 * where LinkedIn folds it behind "…see more", and the guideline findings for that text.
 */
export const Preview = memo(function Preview({ index }: { index: number }) {
  const { t } = useStudioT();
  // Deferred: the preview (the panel's card, the insert text, the guideline findings) follows
  // the typing at a lower priority, so a keystroke is only the field's own update.
  const feed = useDeferredValue(useStudioFeed());
  const item = useDeferredValue(useStudioValue(['items', index]) as JsonObject | undefined);
  const [language, setLanguage] = useState<'da' | 'en'>('da');
  // The feed's settings change rarely; the item on every keystroke: both are cheap to rebuild.
  const advocacy = feed?._advocacy;
  const envelope = useMemo(
    () => (feed ? previewFeed(feed) : null),
    [advocacy, feed?.language, feed?.version, feed?.title],
  );
  const preview = useMemo(
    () => (feed && envelope && item ? previewItem(feed, envelope, item, language) : null),
    [feed, envelope, item, language],
  );
  return (
    <section className="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('preview.heading')}</h2>
      <div className="actions" role="radiogroup" aria-label={t('preview.as')}>
        {(['da', 'en'] as const).map((lang) => (
          <label key={lang} className="radio">
            <input
              type="radio"
              name="preview-language"
              checked={language === lang}
              onChange={() => setLanguage(lang)}
            />
            {t(lang === 'da' ? 'preview.asDa' : 'preview.asEn')}
          </label>
        ))}
      </div>
      {preview ? (
        <PreviewBody suggestion={preview.suggestion} language={language} itemKey={index} preview={preview} />
      ) : (
        <p className="notice">{t('preview.invalid')}</p>
      )}
    </section>
  );
});

function PreviewBody({
  suggestion,
  language,
  preview,
}: {
  suggestion: Suggestion;
  language: 'da' | 'en';
  itemKey: number;
  preview: NonNullable<ReturnType<typeof previewItem>>;
}) {
  const { t } = useStudioT();
  const chosenId = usePanelStore((s) => s.chosenVariant[suggestion.id]);
  const [inserted, setInserted] = useState(false);
  useEffect(() => setInserted(false), [suggestion.id]);
  const variants = orderVariants(suggestion.variants, language);
  const chosen = variants.find((variant) => variant.id === chosenId) ?? variants[0];
  const text = chosen ? composeInsertText(chosen.text, suggestion.trackedUrl, suggestion.hashtags) : '';
  const { fold, findings } = useMemo(() => previewText(text, preview, language), [text, preview, language]);
  return (
    <>
      <h3>{t('preview.card')}</h3>
      <I18nProvider language={language}>
        <ShadowBox css={panelCss} label={t('preview.card')}>
          <div className="panel" style={{ width: '340px' }}>
            <SuggestionCard
              suggestion={suggestion}
              language={language}
              onInsert={() => setInserted(true)}
              talkingPoints={preview.talkingPoints}
            />
          </div>
        </ShadowBox>
      </I18nProvider>
      {inserted ? <p role="status">{t('preview.insertedNote')}</p> : null}
      <h3>{t('preview.insertText')}</h3>
      <p className="hint">{t('preview.insertTextHint')}</p>
      <pre className="insert-text" data-testid="insert-text" data-text={text}>
        {fold === null ? (
          text
        ) : (
          <>
            {text.slice(0, fold)}
            <span className="fold" data-testid="fold">
              {t('preview.seeMore')}
            </span>
            <span className="after-fold">{text.slice(fold)}</span>
          </>
        )}
      </pre>
      <p className="hint">{fold === null ? t('preview.noFold') : t('preview.foldAt', { count: fold })}</p>
      <h3>{t('preview.findings')}</h3>
      <I18nProvider language={language}>
        {findings.length ? (
          <DraftFindings
            // Fixes belong in the composer; the preview only shows what the employee will be told.
            findings={findings.map((finding) => ({ ...finding, fix: undefined }))}
            onFix={() => undefined}
            criticismContact={preview.policy?.criticismContact ?? null}
          />
        ) : (
          <p>{t('preview.noFindings')}</p>
        )}
      </I18nProvider>
    </>
  );
}
