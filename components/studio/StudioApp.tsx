import { Suspense, useContext, useEffect, useMemo, useState } from 'react';
import { useStudioT } from './i18n';
import { downloadText } from '@/components/options/download';
import { fieldText } from '@/lib/pages/problem-text';
import { pathFromKey } from '@/lib/pages/studio/path';
import { serializeFeed } from '@/lib/pages/studio/serialize';
import type { Problem } from '@/lib/pages/studio/checks';
import { useStudioStore } from '@/stores/studio';
import { AddressForm } from './AddressForm';
import { FeedSettings } from './FeedSettings';
import { ItemEditor } from './ItemEditor';
import { ItemList } from './ItemList';
import { ChunkBoundary } from './ChunkBoundary';
import { LazyPreview, loadChecks, loadDeferredSoon, usePainted } from './deferred';
import { ChecksContext, ProblemText } from './problems';
import { PublishHelp } from './PublishHelp';
import { ResultsView } from './ResultsView';
import { StartScreen } from './StartScreen';
import { useAutosave } from './use-autosave';
import { useChecks } from './use-checks';
import { useImportText } from './use-import';

type View = 'feed' | 'items' | 'publish' | 'results';

/** The Feed studio: make, check, preview and download the feed. No server, no account. */
export function StudioApp({ onLanguage }: { onLanguage?: (language: 'da' | 'en') => void }) {
  const { t, language } = useStudioT();
  const { restored, savedAt } = useAutosave();
  const hasFeed = useStudioStore((s) => s.history !== null);
  const [start, setStart] = useState(false);
  const [view, setView] = useState<View>('items');
  const { result: checks, unavailable: checksUnavailable } = useChecks();
  // The checks, the import and the preview are fetched once the first frame is on screen.
  useEffect(() => (restored ? loadDeferredSoon() : undefined), [restored]);

  // Undo and redo from the keyboard everywhere on the page (the fields are controlled by the store).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        useStudioStore.getState().undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        useStudioStore.getState().redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <ChecksContext.Provider value={checks}>
      <header className="studio-header">
        <h1>{t('title')}</h1>
        <p className="hint">{t('intro')}</p>
        <div className="row">
          <label>
            {t('uiLanguage')}{' '}
            <select value={language} onChange={(event) => onLanguage?.(event.target.value as 'da' | 'en')}>
              <option value="da">Dansk</option>
              <option value="en">English</option>
            </select>
          </label>
          {hasFeed ? (
            <Toolbar
              onStart={() => setStart(true)}
              savedAt={savedAt}
              checksUnavailable={checksUnavailable}
              onGoTo={(problem) => {
                // The field as the person sees it: its tab, its item, then the field itself.
                setStart(false);
                setView(problem.item === null ? 'feed' : 'items');
                if (problem.item !== null) useStudioStore.getState().select(problem.item);
                focusField(problem.path);
              }}
            />
          ) : null}
        </div>
      </header>
      <main>
        {!restored ? (
          <p>{t('loading')}</p>
        ) : !hasFeed || start ? (
          <StartScreen onDone={() => setStart(false)} />
        ) : (
          <>
            <nav className="tabs" aria-label={t('views')}>
              {(['items', 'feed', 'publish', 'results'] as const).map((name) => (
                <button
                  key={name}
                  type="button"
                  className={`tab${view === name ? ' tab--current' : ''}`}
                  aria-current={view === name ? 'page' : undefined}
                  onClick={() => setView(name)}
                >
                  {t(`view.${name}`)}
                </button>
              ))}
            </nav>
            {view === 'feed' ? (
              <FeedSettings />
            ) : view === 'publish' ? (
              <PublishHelp />
            ) : view === 'results' ? (
              <ResultsView />
            ) : (
              <ItemsView />
            )}
          </>
        )}
      </main>
    </ChecksContext.Provider>
  );
}

function ItemsView() {
  const { t } = useStudioT();
  const selected = useStudioStore((s) => s.selected);
  const importText = useImportText();
  // The preview follows the first frame: the editor and the list are what it must show.
  const painted = usePainted();
  return (
    <div className="items-view">
      <aside>
        <ItemList />
        <details className="import">
          <summary>{t('import.heading')}</summary>
          <AddressForm
            label={t('start.importLabel')}
            button={t('start.import')}
            onText={(text, source) => importText(text, false, source)}
          />
        </details>
      </aside>
      {selected === null ? (
        <p className="notice">{t('list.none')}</p>
      ) : (
        <>
          <ItemEditor index={selected} />
          {painted ? (
            <ChunkBoundary fallback={<PreviewUnavailable />}>
              <Suspense fallback={<PreviewLoading />}>
                <LazyPreview index={selected} />
              </Suspense>
            </ChunkBoundary>
          ) : (
            <PreviewLoading />
          )}
        </>
      )}
    </div>
  );
}

/** In the preview's place when its chunk cannot be read: the rest of the studio keeps working. */
function PreviewUnavailable() {
  const { t } = useStudioT();
  return (
    <section className="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('preview.heading')}</h2>
      <p className="notice" role="alert">
        {t('preview.unavailable')}
      </p>
    </section>
  );
}

/** Where the preview comes, until its chunk is there. */
function PreviewLoading() {
  const { t } = useStudioT();
  return (
    <section className="preview" aria-labelledby="preview-heading" aria-busy="true">
      <h2 id="preview-heading">{t('preview.heading')}</h2>
      <p className="hint">{t('loading')}</p>
    </section>
  );
}

/**
 * Focuses the field of a problem once its tab and item are on screen (a few frames at most): the
 * field with exactly this path, else the first one inside it (a group: a localized text, an item).
 */
function focusField(key: string, frames = 10): void {
  requestAnimationFrame(() => {
    const escaped = CSS.escape(key);
    const target =
      document.querySelector<HTMLElement>(`[data-path="${escaped}"]`) ??
      document.querySelector<HTMLElement>(`[data-path^="${escaped}."], [data-path^="${escaped}["]`);
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus();
    } else if (frames > 0) focusField(key, frames - 1);
  });
}

function Toolbar({
  onStart,
  savedAt,
  checksUnavailable,
  onGoTo,
}: {
  onStart: () => void;
  savedAt: Date | null;
  checksUnavailable: boolean;
  onGoTo: (problem: Problem) => void;
}) {
  const { t, formatDate, language } = useStudioT();
  const canUndo = useStudioStore((s) => (s.history?.past.length ?? 0) > 0);
  const canRedo = useStudioStore((s) => (s.history?.future.length ?? 0) > 0);
  const undo = useStudioStore((s) => s.undo);
  const redo = useStudioStore((s) => s.redo);
  const revision = useStudioStore((s) => s.revision);
  const checks = useContext(ChecksContext);
  // The button follows the latest checks; a change not yet checked counts as unchecked.
  const current = checks !== null;
  const errors = checks?.errors ?? 0;
  const firstError = checks?.problems.find((problem) => problem.severity === 'error');
  // The toolbar follows every keystroke (undo); the time is formatted only when it changes.
  const savedText = useMemo(
    () => (savedAt ? ` · ${t('savedAt', { time: formatDate(savedAt, { timeStyle: 'medium' }) })}` : ''),
    [savedAt, t, formatDate],
  );
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar')}>
      <button type="button" className="button" disabled={!canUndo} onClick={undo} aria-keyshortcuts="Control+Z">
        {t('undo')}
      </button>
      <button type="button" className="button" disabled={!canRedo} onClick={redo} aria-keyshortcuts="Control+Shift+Z">
        {t('redo')}
      </button>
      <button type="button" className="button" onClick={onStart}>
        {t('startScreen')}
      </button>
      <button
        type="button"
        className="button button--primary"
        disabled={!current || errors > 0}
        aria-describedby="download-status"
        onClick={() => {
          const feed = useStudioStore.getState().history?.present;
          // Checked again at the click: a change typed since the last (debounced) check counts too.
          // The checks' chunk is there: the button is enabled only once they have run.
          if (feed)
            void loadChecks().then(({ checkFeed }) => {
              if (checkFeed(feed).errors === 0) downloadText('feed.json', serializeFeed(feed), 'application/feed+json');
            });
        }}
      >
        {t('download')}
      </button>
      <span id="download-status" className="hint" role="status" data-revision={revision}>
        {!current
          ? t(checksUnavailable ? 'checksUnavailable' : 'checking')
          : errors
            ? t('blocked', { count: errors })
            : t('ready', { count: checks?.warnings ?? 0 })}
        {firstError ? (
          <>
            {' '}
            (
            <button type="button" className="link-button" onClick={() => onGoTo(firstError)}>
              {fieldText(pathFromKey(firstError.path), language)}
            </button>
            : <ProblemText problem={firstError} />)
          </>
        ) : null}
        {savedText}
      </span>
    </div>
  );
}
