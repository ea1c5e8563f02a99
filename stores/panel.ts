/**
 * UI state of the composer panel (one store per surface). Settings stay in browser.storage;
 * the panel mirrors `panelStateItem.collapsed` here and writes changes back. The composer
 * itself (open, inserted, draft) is the composer session's (lib/shared/linkedin/session.ts), not ours.
 */
import { create } from 'zustand';
import { composerSession } from '@/lib/shared/linkedin/bridge';
import { writeDraft } from '@/lib/shared/linkedin/draft';

export interface PanelUiState {
  collapsed: boolean;
  /** Narrow window: the panel is docked as a compact sheet instead of sitting beside the dialog. */
  docked: boolean;
  query: string;
  /** "topic:<name>" or "campaign:<name>", '' for everything. */
  filter: string;
  /** Chosen variant id per suggestion id. */
  chosenVariant: Record<string, string>;
  setCollapsed: (collapsed: boolean) => void;
  setDocked: (docked: boolean) => void;
  setQuery: (query: string) => void;
  setFilter: (filter: string) => void;
  chooseVariant: (suggestionId: string, variantId: string) => void;
  /**
   * Replaces the whole draft through the same insertion path the Insert button uses
   * (for guideline fixes). Resolves false when there is no editor or the text did not land.
   */
  replaceDraft: (text: string) => Promise<boolean>;
}

export const usePanelStore = create<PanelUiState>()((set) => ({
  collapsed: false,
  docked: false,
  query: '',
  filter: '',
  chosenVariant: {},
  setCollapsed: (collapsed) => set({ collapsed }),
  setDocked: (docked) => set({ docked }),
  setQuery: (query) => set({ query }),
  setFilter: (filter) => set({ filter }),
  chooseVariant: (suggestionId, variantId) =>
    set((state) => ({ chosenVariant: { ...state.chosenVariant, [suggestionId]: variantId } })),
  replaceDraft: async (text) => {
    const ok = await writeDraft(text);
    if (ok) composerSession().getState().setDraft(text);
    return ok;
  },
}));
