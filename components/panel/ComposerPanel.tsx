import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Txt } from '@/components/painted-text';
import { useT } from '@/components/I18nProvider';
import type { PanelData } from '@/lib/shared/feed/types';
import type { Result } from '@/lib/worker/messaging/protocol';
import { byPerson } from '@/lib/shared/panel/trusted';
import { panelStateItem } from '@/lib/shared/settings';
import { followItem } from '@/lib/shared/settings/follow';
import { usePanelStore } from '@/stores/panel';
import { ConfirmReplace } from './ConfirmReplace';
import { InsertStatus } from './InsertStatus';
import { Ownership } from './Ownership';
import { Suggestions } from './Suggestions';
import { useComposerSession, useLiveDraft } from './use-composer-session';
import { useInsert } from './use-insert';
import { loadedData, usePanelData } from './use-panel-data';

/** What the guidelines slot gets to work with (the integrator mounts reminders and draft checks). */
export interface GuidelinesContext {
  /**
   * This opening's panel data: what the composer gets (`help`) and the reminder come in the
   * same answer as the cards, so the reminder and the cards come on screen together.
   */
  data: PanelData | null;
  draftText: string;
  replaceDraft: (text: string) => Promise<boolean>;
}

export interface ComposerPanelProps {
  /** Guideline content (ReminderCard, DraftFindings), as nodes or built from the live context. */
  guidelines?: ReactNode | ((context: GuidelinesContext) => ReactNode);
  /** The first opening's answer, asked for by the panel's entry while LinkedIn built the composer. */
  firstData?: Promise<Result<PanelData>>;
}

const replaceDraft = (text: string) => usePanelStore.getState().replaceDraft(text);

/** The suggestions panel beside LinkedIn's composer: layout only. Knows nothing of the shadow root. */
export function ComposerPanel({ guidelines, firstData }: ComposerPanelProps) {
  const { t, language } = useT('panel');
  const open = useComposerSession((session) => session.open);
  const inserted = useComposerSession((session) => session.inserted !== null);
  const draftText = useLiveDraft();
  const ui = usePanelStore(
    useShallow((s) => ({ collapsed: s.collapsed, docked: s.docked, query: s.query, filter: s.filter })),
  );
  const { load, retry } = usePanelData(open, firstData);
  const insert = useInsert();
  // Focus follows the person's own collapse/expand only (never steals focus from LinkedIn's editor).
  const toggleRef = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);
  useCollapsedFromStorage();

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    toggleRef.current?.focus();
  }, [ui.collapsed]);

  const setCollapsed = (collapsed: boolean) => {
    moveFocus.current = true;
    usePanelStore.getState().setCollapsed(collapsed);
    void panelStateItem.setValue({ collapsed });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !byPerson(event)) return;
    // Ours, not LinkedIn's: Escape must not also close the composer dialog around us.
    event.stopPropagation();
    event.preventDefault();
    if (insert.pending) insert.cancel();
    else if (!ui.collapsed) setCollapsed(true);
  };

  const data = loadedData(load);
  // Until this opening's answer is in, the last opening's decides the heading (no flip from
  // "Suggested posts" to "Guidelines" at every opening); before the first, the cards' place
  // shows "Loading…".
  const lastHelp = useRef<PanelData['help'] | null>(null);
  if (data) lastHelp.current = data.help;
  const showSuggestions = (lastHelp.current?.suggestions ?? 'on') !== 'off';
  const guidelineNode = typeof guidelines === 'function' ? guidelines({ data, draftText, replaceDraft }) : guidelines;

  if (!open) return null;

  const heading = showSuggestions ? t('title') : t('guidelines');
  // Collapsed, the panel is this one button; expanded, it sits in the header.
  const toggle = (
    <button
      ref={toggleRef}
      type="button"
      className={ui.collapsed ? 'button button--bar' : 'button button--quiet'}
      aria-expanded={!ui.collapsed}
      onClick={(event) => byPerson(event) && setCollapsed(!ui.collapsed)}
    >
      <Txt>{ui.collapsed ? (showSuggestions ? t('expand') : heading) : t('collapse')}</Txt>
    </button>
  );
  if (ui.collapsed) {
    return (
      <aside className="panel panel--collapsed" aria-label={heading} onKeyDown={onKeyDown}>
        {toggle}
      </aside>
    );
  }

  return (
    <aside className={ui.docked ? 'panel panel--docked' : 'panel'} aria-label={heading} onKeyDown={onKeyDown}>
      <header className="panel__header">
        <h2 className="panel__title">
          <Txt>{heading}</Txt>
        </h2>
        {toggle}
      </header>

      {/* Guidelines slot: the integrator mounts ReminderCard / DraftFindings here. */}
      {guidelineNode ? (
        <section className="panel__guidelines" aria-label={t('guidelines')} data-slot="guidelines">
          {guidelineNode}
        </section>
      ) : null}

      {insert.pending ? <ConfirmReplace onChoose={insert.confirm} onCancel={insert.cancel} /> : null}
      <InsertStatus outcome={insert.outcome} onCopy={(text) => void insert.copy(text)} />
      {inserted ? <Ownership data={data} language={language} /> : null}

      {showSuggestions ? (
        <Suggestions
          load={load}
          language={language}
          query={ui.query}
          filter={ui.filter}
          onRetry={retry}
          onInsert={insert.onInsert}
          onCopy={insert.onCopy}
        />
      ) : null}
    </aside>
  );
}

/** The collapsed state lives in storage (the source of truth), mirrored into the store, live. */
function useCollapsedFromStorage(): void {
  useEffect(() => {
    const { setCollapsed } = usePanelStore.getState();
    return followItem(panelStateItem, (value) => setCollapsed(value.collapsed));
  }, []);
}
