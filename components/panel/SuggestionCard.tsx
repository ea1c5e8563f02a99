import { memo, useId, useState } from 'react';
import { Txt } from '@/components/painted-text';
import { useT } from '@/components/I18nProvider';
import { TalkingPointList } from '@/components/talking-points/TalkingPointList';
import type { Suggestion, TalkingPoint } from '@/lib/shared/feed/types';
import { usePanelStore } from '@/stores/panel';
import { orderVariants } from '@/lib/shared/panel/language-choice';
import { isHttpsUrl } from '@/lib/shared/panel/post-text';
import { byPerson } from '@/lib/shared/panel/trusted';

interface Props {
  suggestion: Suggestion;
  language: 'da' | 'en';
  onInsert: (suggestion: Suggestion, variantId: string) => void;
  /**
   * Copies the chosen version's text (as Insert would put it) to the clipboard: the panel's words
   * are painted, not selectable (components/painted-text.tsx), so this is how the person takes
   * them elsewhere. Without it (the Feed studio's preview) there is no Copy button.
   */
  onCopy?: (suggestion: Suggestion, variantId: string) => void;
  /** The organization's name when the suggestion is featured ('' when the feed names none), else null. */
  featuredBy?: string | null;
  /** The item's talking points (issue 27), listed folded under the card ("If someone asks…"). */
  talkingPoints?: readonly TalkingPoint[];
  /**
   * Copies the item's picture to the clipboard as PNG (issue 27). Given only when the worker has
   * read the picture, so the button is never shown for one that cannot be copied.
   */
  onCopyPicture?: (suggestion: Suggestion) => Promise<PictureOutcome>;
}

/** What came of "Copy picture". */
export type PictureOutcome = 'copied' | 'unreadable' | 'refused';

const PICTURE_TEXT = {
  copying: 'pictureCopying',
  copied: 'pictureCopied',
  unreadable: 'pictureUnreadable',
  refused: 'pictureRefused',
} as const;

/** One suggestion: title, summary, source link and its versions (angles) to choose from. */
export const SuggestionCard = memo(function SuggestionCard({
  suggestion,
  language,
  onInsert,
  onCopy,
  featuredBy = null,
  talkingPoints,
  onCopyPicture,
}: Props) {
  const { t } = useT('panel');
  const featured = useT('featured').t;
  const groupId = useId();
  const variants = orderVariants(suggestion.variants, language);
  const chosenId = usePanelStore((s) => s.chosenVariant[suggestion.id]) ?? variants[0]?.id;
  const chosen = variants.find((v) => v.id === chosenId) ?? variants[0];
  const chooseVariant = usePanelStore((s) => s.chooseVariant);
  const [picture, setPicture] = useState<PictureOutcome | 'copying' | null>(null);
  // Feed links are validated in the background; checked again here because they become hrefs (S3).
  const source = isHttpsUrl(suggestion.url) ? suggestion.url : null;

  return (
    <article className="card" aria-labelledby={`${groupId}-title`}>
      {featuredBy !== null ? (
        <p className="card__featured">
          <Txt>{featuredBy ? featured('label', { organization: featuredBy }) : featured('labelPlain')}</Txt>
        </p>
      ) : null}
      <h3 className="card__title" id={`${groupId}-title`}>
        <Txt>{suggestion.title}</Txt>
      </h3>
      {suggestion.summary ? (
        <p className="card__summary">
          <Txt>{suggestion.summary}</Txt>
        </p>
      ) : null}
      {source ? (
        <a
          className="card__source"
          href={source}
          target="_blank"
          rel="noopener noreferrer"
          // Checked again when followed: only the person's own click, only to an https address.
          onClick={(event) => {
            if (!byPerson(event) || !isHttpsUrl(event.currentTarget.href)) event.preventDefault();
          }}
        >
          <Txt>{t('source')}</Txt>{' '}
          <span className="visually-hidden">
            <Txt>{t('sourceHint')}</Txt>
          </span>
        </a>
      ) : null}
      {variants.length > 1 ? (
        <fieldset className="variants">
          <legend>
            <Txt>{t('variants')}</Txt>
          </legend>
          {variants.map((variant) => (
            <label key={variant.id} className="variant">
              <input
                type="radio"
                name={`${groupId}-variant`}
                value={variant.id}
                checked={variant.id === chosen?.id}
                onChange={(event) => byPerson(event) && chooseVariant(suggestion.id, variant.id)}
              />
              <span>
                <Txt>
                  {(variant.angle ?? t('plainVariant')) +
                    (variant.language !== language ? ` (${t(`languageName_${variant.language}`)})` : '')}
                </Txt>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {chosen ? (
        <p className="card__text">
          <Txt>{chosen.text}</Txt>
        </p>
      ) : null}
      <button
        type="button"
        className="button button--primary"
        disabled={!chosen}
        aria-label={t('insert', { title: suggestion.title })}
        onClick={(event) => byPerson(event) && chosen && onInsert(suggestion, chosen.id)}
      >
        <Txt>{t('insertShort')}</Txt>
      </button>
      {onCopy ? (
        <button
          type="button"
          className="button button--quiet"
          disabled={!chosen}
          aria-label={t('copyCardLabel', { title: suggestion.title })}
          onClick={(event) => byPerson(event) && chosen && onCopy(suggestion, chosen.id)}
        >
          <Txt>{t('copyCard')}</Txt>
        </button>
      ) : null}
      {onCopyPicture ? (
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('copyPictureLabel', { title: suggestion.title })}
          disabled={picture === 'copying'}
          onClick={(event) => {
            if (!byPerson(event)) return;
            setPicture('copying');
            void onCopyPicture(suggestion).then(setPicture, () => setPicture('refused'));
          }}
        >
          <Txt>{t('copyPicture')}</Txt>
        </button>
      ) : null}
      {onCopyPicture ? (
        <p className="card__status" role="status" aria-live="polite">
          {picture ? <Txt>{t(PICTURE_TEXT[picture])}</Txt> : null}
        </p>
      ) : null}
      {talkingPoints?.length ? <TalkingPointList points={talkingPoints} language={language} accept={byPerson} /> : null}
    </article>
  );
});
