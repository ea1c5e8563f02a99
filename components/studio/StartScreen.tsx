import { useRef, useState, type DragEvent } from 'react';
import { useStudioT } from './i18n';
import { openFeedText } from '@/lib/pages/studio/serialize';
import { newFeedTemplate } from '@/lib/pages/studio/template';
import { useStudioStore } from '@/stores/studio';
import { AddressForm } from './AddressForm';
import { useImportText } from './use-import';

/** The four ways in: the template, a file (picker or drop), an address, a newsroom's feed. */
export function StartScreen({ onDone }: { onDone: () => void }) {
  const { t } = useStudioT();
  const open = useStudioStore((s) => s.open);
  const hasFeed = useStudioStore((s) => s.history !== null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const importText = useImportText();

  const openText = (text: string): string | null => {
    const result = openFeedText(text);
    if (!result.ok)
      return result.problem === 'json' ? t('start.notJson', { detail: result.detail }) : t('start.notFeed');
    open(result.feed, result.feed.items.length ? 0 : null);
    onDone();
    return null;
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 2 * 1024 * 1024) return setFileProblem(t('start.tooLarge'));
    setFileProblem(openText(await file.text()));
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void openFile(event.dataTransfer.files[0]);
  };

  return (
    <section className="start" aria-labelledby="start-heading">
      <h2 id="start-heading">{t('start.heading')}</h2>
      {hasFeed ? (
        <p>
          <button type="button" className="button" onClick={onDone}>
            {t('start.continue')}
          </button>
        </p>
      ) : null}
      <div className="start__grid">
        <div className="start__way">
          <h3>{t('start.newHeading')}</h3>
          <p>{t('start.newText')}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              open(newFeedTemplate());
              onDone();
            }}
          >
            {t('start.new')}
          </button>
        </div>
        <div
          className={`start__way dropzone${dragging ? ' dropzone--over' : ''}`}
          data-testid="dropzone"
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <h3>{t('start.fileHeading')}</h3>
          <p>{t('start.fileText')}</p>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json,application/feed+json"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            data-testid="file-input"
            onChange={(event) => {
              void openFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
          <button type="button" className="button" onClick={() => fileInput.current?.click()}>
            {t('start.file')}
          </button>
          {fileProblem ? (
            <p className="problem problem--error" role="alert">
              {fileProblem}
            </p>
          ) : null}
        </div>
        <div className="start__way">
          <h3>{t('start.addressHeading')}</h3>
          <AddressForm label={t('start.addressLabel')} button={t('start.address')} onText={(text) => openText(text)} />
        </div>
        <div className="start__way">
          <h3>{t('start.importHeading')}</h3>
          <p>{t('start.importText')}</p>
          <AddressForm
            label={t('start.importLabel')}
            button={t('start.import')}
            onText={async (text, source) => {
              const problem = await importText(text, true, source);
              if (!problem) onDone();
              return problem;
            }}
          />
        </div>
      </div>
    </section>
  );
}
