import { memo, useId } from 'react';
import { Txt } from '@/components/painted-text';
import { useT } from '@/components/I18nProvider';
import type { Suggestion } from '@/lib/feed/types';
import { usePanelStore } from '@/stores/panel';
import { orderVariants } from '@/lib/panel/language-choice';
import { isHttpsUrl } from '@/lib/panel/post-text';
import { byPerson } from '@/lib/panel/trusted';

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
}

/** One suggestion: title, summary, source link and its versions (angles) to choose from. */
export const SuggestionCard = memo(function SuggestionCard({
  suggestion,
  language,
  onInsert,
  onCopy,
  featuredBy = null,
}: Props) {
  const { t } = useT('panel');
  const featured = useT('featured').t;
  const groupId = useId();
  const variants = orderVariants(suggestion.variants, language);
  const chosenId = usePanelStore((s) => s.chosenVariant[suggestion.id]) ?? variants[0]?.id;
  const chosen = variants.find((v) => v.id === chosenId) ?? variants[0];
  const chooseVariant = usePanelStore((s) => s.chooseVariant);
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
    </article>
  );
});
