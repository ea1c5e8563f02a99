/**
 * UI state of the Feed studio, with undo: the whole feed being edited is one immutable
 * document in an undo history (lib/pages/studio/history). The autosaved copy in
 * browser.storage.local is written from here (debounced) and read once at start.
 */
import { create } from 'zustand';
import { createHistory, commit, redo, undo, type History } from '@/lib/pages/studio/history';
import { getIn, setIn, fieldText, type JsonObject, type Path, type StudioFeed } from '@/lib/pages/studio/path';
import { duplicateItem, newItem } from '@/lib/pages/studio/template';

export interface StudioState {
  /** null: nothing open yet (the start screen). */
  history: History<StudioFeed> | null;
  /** The item being edited (index into items), null for the feed's own settings. */
  selected: number | null;
  /** Increases on every change (autosave and checks follow it). */
  revision: number;
  /** Opens a feed (template, file, address, restored draft) as a fresh history. */
  open: (feed: StudioFeed, selected?: number | null) => void;
  close: () => void;
  /** Sets one field; `''` removes it. Typing in one field coalesces into one undo step. */
  setField: (path: Path, value: unknown) => void;
  addItem: () => void;
  /** Adds items at the end (import); selects the first new one. */
  /** `fill` completes the feed in the same step (an import fills what the newsroom says), one undo. */
  addItems: (items: JsonObject[], fill?: (feed: StudioFeed) => StudioFeed) => void;
  duplicateItem: (index: number) => void;
  deleteItem: (index: number) => void;
  moveItem: (index: number, to: number) => void;
  select: (index: number | null) => void;
  undo: () => void;
  redo: () => void;
}

function ids(feed: StudioFeed): Set<string> {
  return new Set(feed.items.map((item) => fieldText(item.id)));
}

export const useStudioStore = create<StudioState>()((set, get) => {
  /** One undoable step; `key` groups keystrokes in the same field. */
  const change = (next: (feed: StudioFeed) => StudioFeed, key: string | null, selected?: number | null) => {
    const { history } = get();
    if (!history) return;
    const updated = commit(history, next(history.present), key);
    if (updated === history) return;
    set((state) => ({
      history: updated,
      revision: state.revision + 1,
      selected: selected === undefined ? state.selected : selected,
    }));
  };
  const clampSelected = (feed: StudioFeed, selected: number | null) =>
    selected === null || feed.items.length === 0
      ? selected === null
        ? null
        : null
      : Math.min(selected, feed.items.length - 1);

  /** Undo or redo one step (nothing when there is none); the selection stays on an item that exists. */
  const travel = (step: (history: History<StudioFeed>) => History<StudioFeed>) => {
    const { history } = get();
    const next = history && step(history);
    if (!next || next === history) return;
    set((state) => ({
      history: next,
      revision: state.revision + 1,
      selected: clampSelected(next.present, state.selected),
    }));
  };

  return {
    history: null,
    selected: null,
    revision: 0,
    // Opening another feed is a step too: undo brings the previous one back (nothing is lost).
    open: (feed, selected = null) =>
      set((state) => ({
        history: state.history ? commit(state.history, feed) : createHistory(feed),
        selected,
        revision: state.revision + 1,
      })),
    close: () => set((state) => ({ history: null, selected: null, revision: state.revision + 1 })),
    setField: (path, value) =>
      change(
        (feed) => setIn(feed, path, value === '' ? undefined : value),
        // Only text typed into a field coalesces; list edits and switches are steps of their own.
        typeof value === 'string' ? path.join('.') : null,
      ),
    addItem: () => {
      const feed = get().history?.present;
      if (!feed) return;
      change((f) => ({ ...f, items: [...f.items, newItem(ids(f))] }), null, feed.items.length);
    },
    addItems: (items, fill) => {
      const feed = get().history?.present;
      if (!feed || items.length === 0) return;
      change((f) => ({ ...(fill ? fill(f) : f), items: [...f.items, ...items] }), null, feed.items.length);
    },
    duplicateItem: (index) =>
      change(
        (feed) => {
          const item = feed.items[index];
          if (!item) return feed;
          const items = [...feed.items];
          items.splice(index + 1, 0, duplicateItem(item, ids(feed)));
          return { ...feed, items };
        },
        null,
        index + 1,
      ),
    deleteItem: (index) => {
      const feed = get().history?.present;
      if (!feed?.items[index]) return;
      const items = feed.items.filter((_, i) => i !== index);
      change((f) => ({ ...f, items }), null, items.length ? Math.min(index, items.length - 1) : null);
    },
    moveItem: (index, to) => {
      const feed = get().history?.present;
      if (!feed?.items[index] || to < 0 || to >= feed.items.length || to === index) return;
      change(
        (f) => {
          const items = [...f.items];
          const [moved] = items.splice(index, 1);
          items.splice(to, 0, moved!);
          return { ...f, items };
        },
        null,
        to,
      );
    },
    select: (selected) => set({ selected }),
    undo: () => travel(undo),
    redo: () => travel(redo),
  };
});

/** The feed being edited (null on the start screen). */
export function useStudioFeed(): StudioFeed | null {
  return useStudioStore((state) => state.history?.present ?? null);
}

/** One value of the feed being edited. */
export function useStudioValue(path: Path): unknown {
  return useStudioStore((state) => getIn(state.history?.present, path));
}
