import {
  memo,
  startTransition,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '@/components/I18nProvider';
import type { PanelData, Suggestion } from '@/lib/feed/types';
import { getBridge } from '@/lib/linkedin/bridge';
import { insertText, readEditorText } from '@/lib/linkedin/composer';
import { findComposer, findEditor } from '@/lib/linkedin/selectors';
import { send } from '@/lib/messaging/send';
import { consentItem, hasConsent, panelStateItem, type Consent } from '@/lib/settings';
import { changedRatio } from '@/lib/text/similarity';
import { usePanelStore } from '@/stores/panel';
import { composeInsertText, matchesFilter, matchesQuery, newestFirst, pick } from './insert-text';
import { SuggestionCard } from './SuggestionCard';
import { featuredFirst } from '@/lib/feed/featured';

/** What the guidelines slot gets to work with (the integrator mounts reminders and draft checks). */
export interface GuidelinesContext {
  data: PanelData | null;
  draftText: string;
  replaceDraft: (text: string) => Promise<boolean>;
}

export interface ComposerPanelProps {
  /** Guideline content (ReminderCard, DraftFindings), as nodes or built from the live context. */
  guidelines?: ReactNode | ((context: GuidelinesContext) => ReactNode);
}

type Load = { state: 'loading' } | { state: 'error'; reason: string } | { state: 'ready'; data: PanelData };

type Outcome =
  | { kind: 'inserted' }
  | { kind: 'failed'; text: string; noEditor: boolean }
  | { kind: 'copied' }
  | { kind: 'copy-manual'; text: string };

interface Pending {
  suggestion: Suggestion;
  text: string;
  variantLanguage: 'da' | 'en';
}

/** The editor of the open composer, found afresh every time (LinkedIn swaps nodes). */
function currentEditor(): HTMLElement | null {
  const composer = findComposer(document);
  return composer ? findEditor(composer) : null;
}

/** Writes `text` as the editor's whole content through execCommand, verified by read-back. */
async function writeDraft(text: string, editor = currentEditor()): Promise<boolean> {
  if (!editor) return false;
  try {
    return await insertText(editor, text);
  } catch {
    return false;
  }
}

/** The suggestions panel beside LinkedIn's composer. Knows nothing of the shadow root. */
export function ComposerPanel({ guidelines }: ComposerPanelProps) {
  const { t, language } = useT('panel');
  const store = usePanelStore(
    useShallow((s) => ({
      collapsed: s.collapsed,
      composerOpen: s.composerOpen,
      docked: s.docked,
      query: s.query,
      filter: s.filter,
      draftText: s.draftText,
      inserted: s.inserted,
    })),
  );
  // The store's actions never change, but getState() is a new object after every update: taken
  // once, so effects that depend on it do not re-run (re-searching the page, re-reading storage)
  // on every render.
  const [actions] = useState(() => usePanelStore.getState());
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [consent, setConsent] = useState<Consent | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // A guard, not state: inserting is near-instant, and state here would re-render every card.
  const busy = useRef(false);
  const searchId = useId();
  // Focus follows the person's own collapse/expand only (never steals focus from LinkedIn's editor).
  const toggleRef = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);
  const filterId = useId();

  const fetchData = useCallback(async () => {
    setLoad({ state: 'loading' });
    const result = await send('feed:panel-data', {});
    // A transition: React renders the dozen cards in slices, yielding to LinkedIn's page (P3).
    startTransition(() =>
      setLoad(result.ok ? { state: 'ready', data: result.data } : { state: 'error', reason: result.error.message }),
    );
  }, []);

  // The writer used by Insert and by guideline fixes (store.replaceDraft).
  useEffect(() => {
    actions.setWriter(writeDraft);
    return () => actions.setWriter(null);
  }, [actions]);

  // Collapsed state and consent come from storage, the source of truth; watched live.
  useEffect(() => {
    void panelStateItem.getValue().then((value) => actions.setCollapsed(value.collapsed));
    void consentItem.getValue().then(setConsent);
    const unwatchPanel = panelStateItem.watch((value) => actions.setCollapsed(value?.collapsed ?? false));
    const unwatchConsent = consentItem.watch((value) => setConsent(value));
    return () => {
      unwatchPanel();
      unwatchConsent();
    };
  }, [actions]);

  // Fresh data for every composer that opens (the feed may have synced meanwhile).
  useEffect(() => {
    if (store.composerOpen) void fetchData();
  }, [store.composerOpen, fetchData]);

  // The live draft, for the ownership indicator and the guideline checks: shortly after input
  // (never inside the keystroke itself, P4), plus a light poll (LinkedIn's editor may commit
  // asynchronously) while the panel is visible. The editor found last is reused while it is
  // still in the page: searching the page again means layout, and LinkedIn swapping the editor
  // disconnects the old one, which sends us searching again.
  useEffect(() => {
    if (!store.composerOpen || store.collapsed) return;
    let editor: HTMLElement | null = null;
    const read = () => {
      if (!editor?.isConnected) editor = currentEditor();
      const text = editor ? readEditorText(editor) : '';
      if (text !== usePanelStore.getState().draftText) actions.setDraftText(text);
    };
    let pending = 0;
    const onInput = () => {
      if (!pending) pending = window.setTimeout(() => ((pending = 0), read()), 100);
    };
    read();
    const timer = setInterval(read, 300);
    document.addEventListener('input', onInput, true);
    return () => {
      clearInterval(timer);
      clearTimeout(pending);
      document.removeEventListener('input', onInput, true);
    };
  }, [store.composerOpen, store.collapsed, actions]);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    toggleRef.current?.focus();
  }, [store.collapsed]);

  const setCollapsed = (collapsed: boolean) => {
    moveFocus.current = true;
    actions.setCollapsed(collapsed);
    void panelStateItem.setValue({ collapsed });
  };

  const finishInsert = async (item: Pending, mode: 'replace' | 'append', editor = currentEditor()) => {
    setPending(null);
    busy.current = true;
    const existing = editor ? readEditorText(editor).trim() : '';
    const full = mode === 'append' && existing ? `${existing}\n\n${item.text}` : item.text;
    const ok = editor ? await writeDraft(full, editor) : false;
    busy.current = false;
    // The text is in; showing the outcome can wait for the next task, so the click itself stays
    // short on a slow machine (P3: no long task from the extension).
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (ok) {
      const inserted = {
        suggestionId: item.suggestion.id,
        suggestionTitle: item.suggestion.title,
        campaign: item.suggestion.campaign,
        language: item.variantLanguage,
        sourceUrl: item.suggestion.url,
        insertedText: item.text,
      };
      getBridge().inserted = inserted;
      actions.setInserted(inserted);
      actions.setDraftText(full);
      setOutcome({ kind: 'inserted' });
    } else {
      setOutcome({ kind: 'failed', text: item.text, noEditor: !editor });
      void send('health:report', { event: 'insert-failed', detail: editor ? 'not-verified' : 'no-editor' });
    }
  };

  const startInsert = (suggestion: Suggestion, variantId: string) => {
    if (busy.current) return;
    const variant = suggestion.variants.find((v) => v.id === variantId) ?? suggestion.variants[0];
    if (!variant) return;
    const item: Pending = {
      suggestion,
      text: composeInsertText(variant.text, suggestion.trackedUrl, suggestion.hashtags),
      variantLanguage: variant.language,
    };
    setOutcome(null);
    const editor = currentEditor();
    const existing = editor ? readEditorText(editor).trim() : '';
    const previous = usePanelStore.getState().inserted?.insertedText.trim();
    // Never overwrite words the person wrote without asking (our own untouched insert is not theirs).
    if (existing && existing !== previous) {
      setPending(item);
      return;
    }
    void finishInsert(item, 'replace', editor);
  };

  // One stable callback for every card (so the memoized list stays put); it calls the latest startInsert.
  const startInsertRef = useRef(startInsert);
  startInsertRef.current = startInsert;
  const onInsert = useCallback(
    (suggestion: Suggestion, variantId: string) => startInsertRef.current(suggestion, variantId),
    [],
  );

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'copy-manual', text });
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Ours, not LinkedIn's: Escape must not also close the composer dialog around us.
    event.stopPropagation();
    event.preventDefault();
    if (pending) setPending(null);
    else if (!store.collapsed) setCollapsed(true);
  };

  const data = load.state === 'ready' ? load.data : null;
  const showSuggestions = consent === null || hasConsent(consent, 'panel');
  const guidelineNode =
    typeof guidelines === 'function'
      ? guidelines({
          data,
          draftText: store.draftText,
          replaceDraft: (text) => usePanelStore.getState().replaceDraft(text),
        })
      : guidelines;

  if (!store.composerOpen) return null;

  const heading = showSuggestions ? t('title') : t('guidelines');
  if (store.collapsed) {
    return (
      <aside className="panel panel--collapsed" aria-label={heading} onKeyDown={onKeyDown}>
        <button
          ref={toggleRef}
          type="button"
          className="button button--bar"
          aria-expanded="false"
          onClick={() => setCollapsed(false)}
        >
          {showSuggestions ? t('expand') : heading}
        </button>
      </aside>
    );
  }

  return (
    <aside className={store.docked ? 'panel panel--docked' : 'panel'} aria-label={heading} onKeyDown={onKeyDown}>
      <header className="panel__header">
        <h2 className="panel__title">{heading}</h2>
        <button
          ref={toggleRef}
          type="button"
          className="button button--quiet"
          aria-expanded="true"
          onClick={() => setCollapsed(true)}
        >
          {t('collapse')}
        </button>
      </header>

      {/* Guidelines slot: the integrator mounts ReminderCard / DraftFindings here. */}
      {guidelineNode ? (
        <section className="panel__guidelines" aria-label={t('guidelines')} data-slot="guidelines">
          {guidelineNode}
        </section>
      ) : null}

      {pending ? (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby={`${searchId}-confirm`}
          aria-describedby={`${searchId}-confirm-text`}
        >
          <h3 id={`${searchId}-confirm`} className="confirm__title">
            {t('confirmTitle')}
          </h3>
          <p id={`${searchId}-confirm-text`}>{t('confirmText')}</p>
          <div className="row">
            <button
              type="button"
              className="button button--primary"
              autoFocus
              onClick={() => void finishInsert(pending, 'replace')}
            >
              {t('replace')}
            </button>
            <button type="button" className="button" onClick={() => void finishInsert(pending, 'append')}>
              {t('addBelow')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setPending(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}

      <div className="status" aria-live="polite" role="status">
        {outcome?.kind === 'inserted' ? <p>{t('inserted')}</p> : null}
        {outcome?.kind === 'failed' ? (
          <div className="status__error">
            <p>{outcome.noEditor ? t('noEditor') : t('insertFailed')}</p>
            <button type="button" className="button" onClick={() => void copy(outcome.text)}>
              {t('copy')}
            </button>
          </div>
        ) : null}
        {outcome?.kind === 'copied' ? <p>{t('copied')}</p> : null}
        {outcome?.kind === 'copy-manual' ? (
          <label className="field">
            {t('copyManual')}
            <textarea readOnly value={outcome.text} rows={5} onFocus={(event) => event.currentTarget.select()} />
          </label>
        ) : null}
      </div>

      {store.inserted ? <Ownership data={data} language={language} /> : null}

      {showSuggestions ? (
        <Suggestions
          load={load}
          language={language}
          query={store.query}
          filter={store.filter}
          searchId={searchId}
          filterId={filterId}
          onRetry={fetchData}
          onInsert={onInsert}
        />
      ) : null}
    </aside>
  );
}

/** After an insert: a prompt for own words, and how much of the draft is the person's own (information only). */
function Ownership({ data, language }: { data: PanelData | null; language: 'da' | 'en' }) {
  const { t } = useT('panel');
  const { inserted, draftText } = usePanelStore(useShallow((s) => ({ inserted: s.inserted, draftText: s.draftText })));
  const percent = useMemo(
    () => (inserted ? Math.round(changedRatio(draftText, inserted.insertedText) * 100) : 0),
    [draftText, inserted],
  );
  if (!inserted) return null;
  const suggestion = data?.suggestions.find((s) => s.id === inserted.suggestionId);
  const prompts = (suggestion?.prompts ?? []).map((prompt) => pick(prompt, language)).filter(Boolean);
  return (
    <section className="ownership" aria-label={t('promptTitle')}>
      <h3 className="ownership__title">{t('promptTitle')}</h3>
      <ul className="ownership__prompts">
        {(prompts.length ? prompts : [t('promptDefault')]).map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
      <p className="ownership__value" data-testid="ownership">
        {t('ownership', { percent })}
      </p>
      <div className="ownership__bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </div>
      <p className="muted">{t('ownershipNote')}</p>
    </section>
  );
}

interface SuggestionsProps {
  load: Load;
  language: 'da' | 'en';
  query: string;
  filter: string;
  searchId: string;
  filterId: string;
  onRetry: () => void;
  onInsert: (suggestion: Suggestion, variantId: string) => void;
}

// Memoized: typing in LinkedIn's editor, an insert or a guideline finding re-renders the panel,
// and the list (a dozen cards, each with translated labels) has no reason to follow (P3).
const Suggestions = memo(function Suggestions({
  load,
  language,
  query,
  filter,
  searchId,
  filterId,
  onRetry,
  onInsert,
}: SuggestionsProps) {
  const { t } = useT('panel');
  const actions = usePanelStore.getState();
  const suggestions = load.state === 'ready' ? load.data.suggestions : [];
  const topics = useMemo(() => [...new Set(suggestions.flatMap((s) => s.topics))].sort(), [suggestions]);
  const campaigns = useMemo(
    () => [...new Set(suggestions.flatMap((s) => (s.campaign ? [s.campaign] : [])))].sort(),
    [suggestions],
  );
  const visible = useMemo(
    () => featuredFirst(newestFirst(suggestions)).filter((s) => matchesQuery(s, query) && matchesFilter(s, filter)),
    [suggestions, query, filter],
  );

  if (load.state === 'loading') return <p className="muted">{t('loading')}</p>;
  if (load.state === 'error') {
    return (
      <div className="notice" role="alert">
        <p className="notice__title">{t('errorTitle')}</p>
        <p>{t('errorReason', { reason: load.reason })}</p>
        <button type="button" className="button" onClick={() => onRetry()}>
          {t('retry')}
        </button>
      </div>
    );
  }
  if (!load.data.features.panel) return <p className="notice">{t('killSwitch')}</p>;
  if (suggestions.length === 0) return <p className="muted">{t('empty')}</p>;

  return (
    <>
      <div className="filters">
        <label className="field" htmlFor={searchId}>
          {t('search')}
        </label>
        <input
          id={searchId}
          type="search"
          className="input"
          value={query}
          onChange={(event) => actions.setQuery(event.currentTarget.value)}
        />
        {topics.length || campaigns.length ? (
          <>
            <label className="field" htmlFor={filterId}>
              {t('filter')}
            </label>
            <select
              id={filterId}
              className="input"
              value={filter}
              onChange={(event) => actions.setFilter(event.currentTarget.value)}
            >
              <option value="">{t('filterAll')}</option>
              {topics.length ? (
                <optgroup label={t('topics')}>
                  {topics.map((topic) => (
                    <option key={topic} value={`topic:${topic}`}>
                      {topic}
                    </option>
                  ))}
                </optgroup>
              ) : null}
              {campaigns.length ? (
                <optgroup label={t('campaigns')}>
                  {campaigns.map((campaign) => (
                    <option key={campaign} value={`campaign:${campaign}`}>
                      {campaign}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
          </>
        ) : null}
      </div>
      {visible.length === 0 ? (
        <p className="muted">{t('noMatches')}</p>
      ) : (
        <ul className="list" aria-label={t('listLabel')}>
          {visible.map((suggestion) => (
            <li key={suggestion.id}>
              <SuggestionCard
                suggestion={suggestion}
                language={language}
                onInsert={onInsert}
                featuredBy={suggestion.featured ? (load.data.organization?.name ?? '') : null}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
});
