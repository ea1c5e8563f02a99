import { Txt } from '@/components/painted-text';
import { useT } from '@/components/I18nProvider';
import { byPerson } from '@/lib/shared/panel/trusted';
import type { InsertOutcome } from './use-insert';

/** What came of the last insert, read out politely; a failed one offers the clipboard instead. */
export function InsertStatus({ outcome, onCopy }: { outcome: InsertOutcome | null; onCopy: (text: string) => void }) {
  const { t } = useT('panel');
  return (
    <div className="status" aria-live="polite" role="status">
      {outcome?.kind === 'inserted' ? (
        <p>
          <Txt>{t('inserted')}</Txt>
        </p>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <div className="status__error">
          <p>
            <Txt>{outcome.noEditor ? t('noEditor') : t('insertFailed')}</Txt>
          </p>
          <button type="button" className="button" onClick={(event) => byPerson(event) && onCopy(outcome.text)}>
            <Txt>{t('copy')}</Txt>
          </button>
        </div>
      ) : null}
      {outcome?.kind === 'copied' ? (
        <p>
          <Txt>{outcome.card ? t('copiedCard') : t('copied')}</Txt>
        </p>
      ) : null}
      {outcome?.kind === 'copy-manual' ? (
        <label className="field">
          <Txt>{t('copyManual')}</Txt>
          <textarea readOnly value={outcome.text} rows={5} onFocus={(event) => event.currentTarget.select()} />
        </label>
      ) : null}
    </div>
  );
}
