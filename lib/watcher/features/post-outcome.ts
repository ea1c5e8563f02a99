/**
 * Records a post once LinkedIn confirms it (README, LinkedIn's page §6): the composer goes away AND a
 * "Post successful" toast appears (its "View post" link is the post URL), or the person's new
 * post shows at the top of the feed. A failure toast or a dismissed composer records nothing.
 * The event id is made once per composer session, so double signals, several tabs or a
 * restarted background still give one row (the background's write is idempotent).
 * The draft and what the panel inserted come from the composer session (lib/shared/linkedin/session.ts).
 * LinkedIn's page can click, insert and toast on its own: only a composer the person opened and
 * a Post press the person made count (lib/watcher/trusted-actions.ts).
 */
import { deliverShare } from '../../shared/shares/outbox';
import { changedRatio } from '../../shared/text/similarity';
import { composerSession } from '../../shared/linkedin/bridge';
import { liveConsent } from '../consent';
import { isVisible, elementText } from '../../shared/linkedin/dom';
import { readDraftWhileOpen } from '../../shared/linkedin/draft';
import { findComposer, readToasts, topFeedPosts } from '../../shared/linkedin/selectors';
import { newEventId } from '../share-event-id';
import { isPersonPostPress, watchPersonActions } from '../trusted-actions';
import type { LinkedInFeature } from '../feature';

/** How long after the composer closed we look for LinkedIn's verdict (LB uses 12 s). */
export const OUTCOME_WINDOW_MS = 12_000;
const POLL_MS = 200;

export const postOutcome: LinkedInFeature = {
  id: 'post-outcome',
  async init(signal) {
    const session = composerSession();
    const person = watchPersonActions(signal);
    const consent = await liveConsent(signal);
    // The draft as it was when the composer went away (read at the latest on pressing Post).
    readDraftWhileOpen(signal);
    let current: Session | null = null;
    // The person's own press on Post (mouse, touch, or Enter/Space, which the browser turns into
    // a trusted click; capture phase, so before LinkedIn closes the composer).
    const onPress = (event: Event) => {
      if (current && isPersonPostPress(event, () => findComposer())) current.postPressed = true;
    };
    document.addEventListener('click', onPress, { capture: true, signal });
    document.addEventListener('keydown', onPress, { capture: true, signal });

    // A session starts when a composer opens, not when the watcher later finds it stable: on a
    // loaded machine the person can insert, type and press Post before the stability timer
    // fires, and that press must count (issue 14). A placeholder that opens and closes empty
    // records nothing (no draft).
    const unsubscribe = session.subscribe((now, before) => {
      if (now.open && !before.open) {
        current = {
          id: newEventId(),
          // An adopted composer (already open when we started) is not the person's until they
          // act inside it (session.ts); the start of this script is no action of theirs.
          openedByPerson: !now.adopted && person.openedByPerson(),
          postPressed: false,
          draft: '',
          toastsBefore: new Set(readToasts().map((toast) => toast.element)),
          postsBefore: new Set(topFeedPosts()),
        };
        return;
      }
      if (current && before.adopted && !now.adopted && now.open) current.openedByPerson = true;
      if (!before.open || now.open) return;
      // The composer closed: what it held is in `before` (closing forgets it).
      const closed = current;
      current = null;
      const inserted = before.inserted;
      if (!closed || !before.draft.trim() || !consent.recordShares()) return;
      // A composer the page opened, or a Post the page clicked: not the person's share.
      if (!closed.openedByPerson || !closed.postPressed) return;
      closed.draft = before.draft;
      void awaitVerdict(closed, signal).then((verdict) => {
        if (!verdict.posted || signal.aborted) return;
        void deliverShare('share:record', {
          id: closed.id,
          at: new Date().toISOString(),
          kind: 'post',
          suggestionId: inserted?.suggestionId ?? null,
          suggestionTitle: inserted?.suggestionTitle ?? null,
          campaign: inserted?.campaign ?? null,
          language: inserted?.language ?? null,
          changedRatio: inserted ? changedRatio(closed.draft, inserted.insertedText) : null,
          postUrl: verdict.postUrl,
          sourceUrl: inserted?.sourceUrl ?? null,
        });
      });
    });
    signal.addEventListener('abort', unsubscribe);
  },
};

/** Polls for LinkedIn's verdict after the composer closed. */
async function awaitVerdict(
  session: Session,
  signal: AbortSignal,
): Promise<{ posted: boolean; postUrl: string | null }> {
  const deadline = Date.now() + OUTCOME_WINDOW_MS;
  const firstLine = session.draft.split('\n')[0]!.trim().slice(0, 60);
  while (Date.now() < deadline && !signal.aborted) {
    // The composer came back (e.g. "Save as draft?" was cancelled): not posted (yet).
    if (findComposer()) return { posted: false, postUrl: null };
    const toasts = readToasts().filter((toast) => !session.toastsBefore.has(toast.element));
    if (toasts.some((toast) => toast.kind === 'failure')) return { posted: false, postUrl: null };
    const success = toasts.find((toast) => toast.kind === 'post-success');
    if (success) return { posted: true, postUrl: success.postUrl };
    if (firstLine && ownNewPostShown(firstLine, session.postsBefore)) return { posted: true, postUrl: null };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return { posted: false, postUrl: null };
}

interface Session {
  id: string;
  /** The composer appeared right after the person's own action (not the page's). */
  openedByPerson: boolean;
  /** The person pressed this composer's Post button themselves. */
  postPressed: boolean;
  draft: string;
  toastsBefore: Set<Element>;
  postsBefore: Set<Element>;
}

/** A post that was not there before, near the top, carrying the first line the person wrote. */
function ownNewPostShown(firstLine: string, before: Set<Element>): boolean {
  return topFeedPosts().some((post) => !before.has(post) && isVisible(post) && elementText(post).includes(firstLine));
}
