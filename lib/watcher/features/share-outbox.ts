/**
 * Sends the shares an earlier LinkedIn page confirmed but could not hand to the background
 * (the worker stopped, the tab closed mid-send): they wait in the outbox (lib/shared/shares/outbox.ts).
 * Nothing is sent when the outbox is empty, so a normal page load wakes nobody.
 */
import { flushOutbox } from '../../shared/shares/outbox';
import { liveConsent } from '../consent';
import type { LinkedInFeature } from '../feature';

export const shareOutbox: LinkedInFeature = {
  id: 'share-outbox',
  async init(signal) {
    const consent = await liveConsent(signal);
    // Without the consent the background would drop them anyway; it also drains on its start.
    if (consent.recordShares() && !signal.aborted) void flushOutbox();
  },
};
