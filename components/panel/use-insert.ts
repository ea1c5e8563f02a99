/** The Insert button's state: asking before replacing, the outcome, and copying instead. */
import { useCallback, useRef, useState } from 'react';
import type { Suggestion } from '@/lib/shared/feed/types';
import { composerSession } from '@/lib/shared/linkedin/bridge';
import { currentEditor, readDraft } from '@/lib/shared/linkedin/draft';
import {
  copyText,
  insertRequest,
  insertSuggestion,
  needsConfirmation,
  type InsertMode,
  type InsertRequest,
} from '@/lib/shared/panel/insert';
import { send } from '@/lib/shared/messaging/send';

export type InsertOutcome =
  | { kind: 'inserted' }
  | { kind: 'failed'; text: string; noEditor: boolean }
  | { kind: 'copied'; card?: boolean }
  | { kind: 'copy-manual'; text: string };

export function useInsert() {
  const [pending, setPending] = useState<InsertRequest | null>(null);
  const [outcome, setOutcome] = useState<InsertOutcome | null>(null);
  // A guard, not state: inserting is near-instant, and state here would re-render every card.
  const busy = useRef(false);

  const finish = async (request: InsertRequest, mode: InsertMode, editor = currentEditor()) => {
    setPending(null);
    busy.current = true;
    const result = await insertSuggestion(request, mode, editor);
    busy.current = false;
    // The text is in; showing the outcome can wait for the next task, so the click itself stays
    // short on a slow machine (P3: no long task from the extension).
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (result.ok) {
      const session = composerSession().getState();
      session.setInserted(result.inserted);
      session.setDraft(result.draft);
      setOutcome({ kind: 'inserted' });
    } else {
      setOutcome({ kind: 'failed', text: request.text, noEditor: result.reason === 'no-editor' });
      void send('health:report', { event: 'insert-failed', detail: result.reason });
    }
  };

  const start = (suggestion: Suggestion, variantId: string) => {
    if (busy.current) return;
    const request = insertRequest(suggestion, variantId);
    if (!request) return;
    setOutcome(null);
    const editor = currentEditor();
    if (needsConfirmation(readDraft(editor), composerSession().getState().inserted?.insertedText)) {
      setPending(request);
      return;
    }
    void finish(request, 'replace', editor);
  };

  // One stable callback for every card (so the memoized list stays put); it calls the latest start.
  const startRef = useRef(start);
  startRef.current = start;
  const onInsert = useCallback(
    (suggestion: Suggestion, variantId: string) => startRef.current(suggestion, variantId),
    [],
  );

  // A card's "Copy text": the same text Insert would put in (the campaign link too), from the
  // person's own click (the clipboard wants that); refused, it is shown to select instead.
  const onCopy = useCallback((suggestion: Suggestion, variantId: string) => {
    const request = insertRequest(suggestion, variantId);
    if (!request) return;
    void copyText(request.text).then((result) =>
      setOutcome(result === 'copied' ? { kind: 'copied', card: true } : { kind: 'copy-manual', text: request.text }),
    );
  }, []);

  return {
    pending,
    outcome,
    onInsert,
    onCopy,
    confirm: (mode: InsertMode) => pending && void finish(pending, mode),
    cancel: () => setPending(null),
    copy: async (text: string) =>
      setOutcome((await copyText(text)) === 'copied' ? { kind: 'copied' } : { kind: 'copy-manual', text }),
  };
}
