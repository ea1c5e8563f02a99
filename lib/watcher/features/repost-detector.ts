/**
 * Records an instant repost ("Repost" in a post's Repost menu) once LinkedIn confirms it.
 * The background keeps it only when the post is from the organization in the feed
 * (lib/worker/shares/repost.ts). "Repost with your thoughts" opens a composer: post-outcome handles it.
 */
import { deliverShare } from '../../shared/shares/outbox';
import { liveConsent } from '../consent';
import {
  isInstantRepostItem,
  postAuthor,
  postRootFor,
  readToasts,
  repostButtonFor,
} from '../../shared/linkedin/selectors';
import { newEventId } from '../share-event-id';
import { isPersonEvent } from '../trusted-actions';
import type { LinkedInFeature } from '../feature';

const WINDOW_MS = 8000;

export const repostDetector: LinkedInFeature = {
  id: 'repost-detector',
  async init(signal) {
    const consent = await liveConsent(signal);
    let lastPost: Element | null = null;
    const onClick = (event: Event) => {
      // Only the person's own clicks: a page script clicking "Repost" is not the person's share.
      if (!consent.recordShares() || !isPersonEvent(event)) return;
      const target = event.composedPath()[0];
      if (!(target instanceof Element)) return;
      // The menu usually renders outside the post: remember which post's Repost was opened.
      if (repostButtonFor(target)) {
        lastPost = postRootFor(target);
        return;
      }
      if (!isInstantRepostItem(target)) return;
      const post = postRootFor(target) ?? lastPost;
      if (!post) return;
      const author = postAuthor(post);
      const before = new Set(readToasts().map((toast) => toast.element));
      const id = newEventId();
      const deadline = Date.now() + WINDOW_MS;
      const poll = () => {
        if (signal.aborted || Date.now() > deadline) return;
        const toast = readToasts().find((reading) => !before.has(reading.element));
        if (toast?.kind === 'failure') return;
        if (toast?.kind === 'repost-success' || toast?.kind === 'post-success') {
          void deliverShare('share:repost', {
            id,
            at: new Date().toISOString(),
            authorName: author.name?.slice(0, 200) ?? null,
            authorUrl: author.url,
            postUrl: toast.postUrl,
          });
          return;
        }
        setTimeout(poll, 200);
      };
      setTimeout(poll, 100);
    };
    document.addEventListener('click', onClick, { capture: true, signal });
  },
};
