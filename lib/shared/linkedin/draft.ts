/**
 * The composer's editor and the person's draft, for the watcher and the panel alike: find the
 * editor, read it, write it (verified by read-back), and the one draft reader that keeps the
 * session's `draft` current while a composer is open — and does nothing while none is.
 */
import { getBridge } from './bridge';
import { insertText, readEditorText } from './composer';
import { findComposer, findEditor } from './selectors';

/** The open composer's editor, found afresh every time (LinkedIn swaps nodes). */
export function currentEditor(root: ParentNode = document): HTMLElement | null {
  const composer = findComposer(root);
  return composer ? findEditor(composer) : null;
}

/** The draft as the person sees it ('' without an editor). */
export function readDraft(editor: Element | null = currentEditor()): string {
  return editor ? readEditorText(editor) : '';
}

/** Writes `text` as the editor's whole content; true only when reading it back shows it. */
export async function writeDraft(text: string, editor: HTMLElement | null = currentEditor()): Promise<boolean> {
  if (!editor) return false;
  try {
    return await insertText(editor, text);
  } catch {
    return false;
  }
}

/** How soon after input the draft is read: never inside the keystroke itself (P4). */
export const READ_AFTER_INPUT_MS = 100;
/** A light poll while a composer is open: LinkedIn's editor may commit asynchronously. */
export const READ_POLL_MS = 300;

/**
 * Keeps the session's draft current until `signal` aborts. However many scripts ask, one
 * reader runs (its bookkeeping lives on the bridge, shared by both bundles), and only while a
 * composer is open: shortly after input, at once on pointerdown and on Enter/Space on a button
 * (pressing Post reads the draft before the composer goes away), and on a light poll.
 */
export function readDraftWhileOpen(signal: AbortSignal): void {
  if (signal.aborted) return;
  const reader = getBridge().draftReader;
  reader.users += 1;
  if (reader.users === 1) reader.stop = startReader();
  signal.addEventListener('abort', () => {
    reader.users -= 1;
    if (reader.users === 0) {
      reader.stop?.();
      reader.stop = null;
    }
  });
}

function startReader(): () => void {
  const session = getBridge().session;
  let running: ReturnType<typeof whileOpen> | null = null;
  const sync = () => {
    const open = session.getState().open;
    if (open && !running) {
      running = whileOpen();
      // Read once now (outside whileOpen: the read updates the session, which calls us again).
      running.read();
    } else if (!open && running) {
      running.abort();
      running = null;
    }
  };
  const unsubscribe = session.subscribe(sync);
  sync();
  return () => {
    unsubscribe();
    running?.abort();
    running = null;
  };
}

function whileOpen(): AbortController & { read(): void } {
  const session = getBridge().session;
  const controller = Object.assign(new AbortController(), { read: () => {} });
  const { signal } = controller;
  // The editor found last is reused while it is still in the page: searching again means
  // layout, and LinkedIn swapping the editor disconnects the old one, which sends us searching.
  let editor: HTMLElement | null = null;
  const read = () => {
    if (signal.aborted || !session.getState().open) return;
    if (!editor?.isConnected) editor = currentEditor();
    // No editor (the composer is going away after Post): keep the last draft read, which is
    // what the watcher records; the session forgets it when the composer has closed.
    if (editor) session.getState().setDraft(readDraft(editor));
  };
  let pending = 0;
  const options = { capture: true, passive: true, signal };
  // `input` is composed, so typing inside LinkedIn's shadow-root editor reaches us here.
  document.addEventListener(
    'input',
    () => {
      if (!pending) pending = window.setTimeout(() => ((pending = 0), read()), READ_AFTER_INPUT_MS);
    },
    options,
  );
  document.addEventListener('pointerdown', read, options);
  document.addEventListener(
    'keydown',
    (event) => {
      // Keyboard users press Post with Enter/Space on the button: the same early read.
      if ((event.key === 'Enter' || event.key === ' ') && event.composedPath()[0] instanceof HTMLButtonElement) read();
    },
    options,
  );
  const timer = setInterval(read, READ_POLL_MS);
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    clearTimeout(pending);
  });
  controller.read = read;
  return controller;
}
