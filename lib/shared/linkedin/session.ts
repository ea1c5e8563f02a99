/**
 * One composer session: the single truth about LinkedIn's composer in this tab — whether one is
 * open, whether it is stable, what the panel inserted and the person's current draft. The
 * watcher (lib/watcher/features) and the panel subscribe to it; nothing else keeps a copy.
 * Shaped as a zustand store (getState, setState, subscribe, getInitialState), so the panel reads
 * it with zustand's `useStore`; written out here because it also runs in the always-on watcher,
 * where every byte counts (P1) and a dozen lines do the job.
 */

/** The shape of a zustand store (what `useStore` needs), kept here so lib/ stays framework-free. */
export interface StoreApi<T> {
  getState(): T;
  getInitialState(): T;
  setState(partial: Partial<T> | ((state: T) => Partial<T>), replace?: boolean): void;
  subscribe(listener: (state: T, previous: T) => void): () => void;
}

/** What the panel inserted into the current composer, so the watcher can record the share. */
export interface InsertedSuggestion {
  suggestionId: string;
  suggestionTitle: string;
  campaign: string | null;
  language: 'da' | 'en' | null;
  sourceUrl: string | null;
  /** The exact text inserted, to measure later how much the person changed it. */
  insertedText: string;
}

export interface ComposerSessionState {
  /** A composer with a post editor is on screen (the panel shows from here). */
  open: boolean;
  /** The same editor has been there for STABLE_MS: LinkedIn has finished building it. */
  stable: boolean;
  /** What the panel inserted into this composer (null before any insert). */
  inserted: InsertedSuggestion | null;
  /** The person's current draft, kept by the one draft reader (lib/shared/linkedin/draft.ts). */
  draft: string;
  /**
   * The composer was already open when this watcher started in a tab that was open before (an
   * update or an opt-in under an open composer), so nobody saw who opened it. It becomes the
   * person's at their first trusted key or pointer press inside it (`claimed`); until then the
   * panel stays away (the old version's panel may still be there) and no post counts.
   */
  adopted: boolean;
}

export interface ComposerSessionActions {
  /** A composer is on screen (idempotent; whoever sees it first says so). `adopted`: see the state. */
  opened(adopted?: boolean): void;
  /** The watcher found it stable. Implies open. */
  stabilised(): void;
  /** The composer went away: a new one is a new draft, so inserted and draft are forgotten. */
  closed(): void;
  /** The person acted inside an adopted composer with trusted input: it is theirs now. */
  claimed(): void;
  setInserted(inserted: InsertedSuggestion | null): void;
  setDraft(draft: string): void;
}

export type ComposerSessionStore = ComposerSessionState & ComposerSessionActions;
export type ComposerSession = StoreApi<ComposerSessionStore>;

export const CLOSED: ComposerSessionState = { open: false, stable: false, inserted: null, draft: '', adopted: false };

export function createComposerSession(): ComposerSession {
  type Listener = (state: ComposerSessionStore, previous: ComposerSessionStore) => void;
  const listeners = new Set<Listener>();
  const set = (partial: Partial<ComposerSessionStore>, replace = false) => {
    const previous = state;
    state = replace ? (partial as ComposerSessionStore) : { ...state, ...partial };
    for (const listener of listeners) {
      try {
        listener(state, previous);
      } catch (error) {
        console.debug('[advocacy] session listener failed', error);
      }
    }
  };
  let state: ComposerSessionStore = {
    ...CLOSED,
    opened: (adopted = false) => {
      if (!state.open) set({ open: true, adopted });
    },
    stabilised: () => {
      if (!state.stable) set({ open: true, stable: true });
    },
    closed: () => {
      if (state.open) set(CLOSED);
    },
    claimed: () => {
      if (state.adopted) set({ adopted: false });
    },
    setInserted: (inserted) => set({ inserted }),
    setDraft: (draft) => {
      if (draft !== state.draft) set({ draft });
    },
  };
  const initial = state;
  return {
    getState: () => state,
    getInitialState: () => initial,
    setState: (partial, replace) => set(typeof partial === 'function' ? partial(state) : partial, replace === true),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
