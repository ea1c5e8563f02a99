import { useId } from 'react';
import { Txt } from '@/components/painted-text';
import { useT } from '@/components/I18nProvider';
import type { InsertMode } from '@/lib/shared/panel/insert';
import { byPerson } from '@/lib/shared/panel/trusted';

/** Asked before an insert would overwrite the person's own words: Replace, Add below or Cancel. */
export function ConfirmReplace({ onChoose, onCancel }: { onChoose: (mode: InsertMode) => void; onCancel: () => void }) {
  const { t } = useT('panel');
  const id = useId();
  return (
    <div className="confirm" role="alertdialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
      <h3 id={`${id}-title`} className="confirm__title">
        <Txt>{t('confirmTitle')}</Txt>
      </h3>
      <p id={`${id}-text`}>
        <Txt>{t('confirmText')}</Txt>
      </p>
      <div className="row">
        <button
          type="button"
          className="button button--primary"
          autoFocus
          onClick={(event) => byPerson(event) && onChoose('replace')}
        >
          <Txt>{t('replace')}</Txt>
        </button>
        <button type="button" className="button" onClick={(event) => byPerson(event) && onChoose('append')}>
          <Txt>{t('addBelow')}</Txt>
        </button>
        <button type="button" className="button button--quiet" onClick={(event) => byPerson(event) && onCancel()}>
          <Txt>{t('cancel')}</Txt>
        </button>
      </div>
    </div>
  );
}
