/**
 * Putting a suggestion into LinkedIn's editor: what goes in, whether to ask first, writing it
 * with read-back, and the clipboard when the editor refuses. Framework-free: the panel's
 * hook (components/panel/use-insert.ts) holds the state, this decides and does.
 */
import type { Suggestion } from '@/lib/shared/feed/types';
import { readDraft, writeDraft } from '@/lib/shared/linkedin/draft';
import type { InsertedSuggestion } from '@/lib/shared/linkedin/session';
import { composeInsertText } from './post-text';

/** One suggestion, in the version the person chose, ready to insert. */
export interface InsertRequest {
  suggestion: Suggestion;
  text: string;
  variantLanguage: 'da' | 'en';
}

export type InsertMode = 'replace' | 'append';

/** The request for `variantId` (or the first version), or null when the suggestion has none. */
export function insertRequest(suggestion: Suggestion, variantId: string): InsertRequest | null {
  const variant = suggestion.variants.find((v) => v.id === variantId) ?? suggestion.variants[0];
  if (!variant) return null;
  return {
    suggestion,
    text: composeInsertText(variant.text, suggestion.trackedUrl, suggestion.hashtags),
    variantLanguage: variant.language,
  };
}

/**
 * Never overwrite words the person wrote without asking: true when the editor holds text that
 * is not our own untouched insert.
 */
export function needsConfirmation(draft: string, lastInserted: string | null | undefined): boolean {
  const existing = draft.trim();
  return existing !== '' && existing !== lastInserted?.trim();
}

/** The whole draft after inserting: the suggestion alone, or below the person's own text. */
export function draftAfterInsert(existing: string, text: string, mode: InsertMode): string {
  const own = existing.trim();
  return mode === 'append' && own ? `${own}\n\n${text}` : text;
}

/** What the watcher needs to know about an insert, to record the share later. */
export function insertedRecord(request: InsertRequest): InsertedSuggestion {
  return {
    suggestionId: request.suggestion.id,
    suggestionTitle: request.suggestion.title,
    campaign: request.suggestion.campaign,
    language: request.variantLanguage,
    sourceUrl: request.suggestion.url,
    insertedText: request.text,
  };
}

export type InsertResult =
  { ok: true; inserted: InsertedSuggestion; draft: string } | { ok: false; reason: 'no-editor' | 'not-verified' };

/** Writes the suggestion into `editor` and reads it back; nothing is claimed that did not land. */
export async function insertSuggestion(
  request: InsertRequest,
  mode: InsertMode,
  editor: HTMLElement | null,
  write: (text: string, editor: HTMLElement) => Promise<boolean> = writeDraft,
): Promise<InsertResult> {
  if (!editor) return { ok: false, reason: 'no-editor' };
  const draft = draftAfterInsert(readDraft(editor), request.text, mode);
  if (!(await write(draft, editor))) return { ok: false, reason: 'not-verified' };
  return { ok: true, inserted: insertedRecord(request), draft };
}

/** Puts `text` on the clipboard; 'manual' when the browser refuses (the panel then shows it to select). */
export async function copyText(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | null = navigator.clipboard ?? null,
): Promise<'copied' | 'manual'> {
  try {
    if (!clipboard) return 'manual';
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'manual';
  }
}
