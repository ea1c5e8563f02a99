/**
 * UI state of the composer panel (one store per surface). Settings stay in browser.storage;
 * the panel mirrors `panelStateItem.collapsed` here and writes changes back.
 */
import { create } from 'zustand';
import type { InsertedSuggestion } from '@/lib/linkedin/bridge';

/** How the panel writes into LinkedIn's editor; injected so tests and guideline fixes share one path. */
export type DraftWriter = (text: string) => Promise<boolean>;

export interface PanelState {
  collapsed: boolean;
  /** A composer is open (the shadow-root adapter keeps this current; the panel hides otherwise). */
  composerOpen: boolean;
  /** Narrow window: the panel is docked as a compact sheet instead of sitting beside the dialog. */
  docked: boolean;
  query: string;
  /** "topic:<name>" or "campaign:<name>", '' for everything. */
  filter: string;
  /** Chosen variant id per suggestion id. */
  chosenVariant: Record<string, string>;
  /** The person's current draft, read from LinkedIn's editor while the panel is visible. */
  draftText: string;
  /** What the panel last inserted (null before any insert). */
  inserted: InsertedSuggestion | null;
  /** The writer wired by the panel (insertText into findEditor(findComposer())). */
  writer: DraftWriter | null;
  setCollapsed: (collapsed: boolean) => void;
  setComposerOpen: (open: boolean) => void;
  setDocked: (docked: boolean) => void;
  setQuery: (query: string) => void;
  setFilter: (filter: string) => void;
  chooseVariant: (suggestionId: string, variantId: string) => void;
  setDraftText: (text: string) => void;
  setInserted: (inserted: InsertedSuggestion | null) => void;
  setWriter: (writer: DraftWriter | null) => void;
  /**
   * Replaces the whole draft through the same insertion path the Insert button uses
   * (for guideline fixes). Resolves false when there is no editor or the text did not land.
   */
  replaceDraft: (text: string) => Promise<boolean>;
}

export const usePanelStore = create<PanelState>()((set, get) => ({
  collapsed: false,
  composerOpen: true,
  docked: false,
  query: '',
  filter: '',
  chosenVariant: {},
  draftText: '',
  inserted: null,
  writer: null,
  setCollapsed: (collapsed) => set({ collapsed }),
  // A new composer is a new draft: forget what was inserted into the previous one.
  setComposerOpen: (composerOpen) =>
    set((state) => (composerOpen === state.composerOpen ? {} : { composerOpen, inserted: null, draftText: '' })),
  setDocked: (docked) => set({ docked }),
  setQuery: (query) => set({ query }),
  setFilter: (filter) => set({ filter }),
  chooseVariant: (suggestionId, variantId) =>
    set((state) => ({ chosenVariant: { ...state.chosenVariant, [suggestionId]: variantId } })),
  setDraftText: (draftText) => set({ draftText }),
  setInserted: (inserted) => set({ inserted }),
  setWriter: (writer) => set({ writer }),
  replaceDraft: async (text) => {
    const writer = get().writer;
    if (!writer) return false;
    const ok = await writer(text);
    if (ok) set({ draftText: text });
    return ok;
  },
}));
