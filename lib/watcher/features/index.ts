/**
 * Every LinkedIn feature of the watcher (on every LinkedIn page once the person opted in), one file each, each with `init(signal)`.
 * The type and the runner live in ../feature.ts. tests/unit/linkedin-features.test.ts checks every file in this folder is listed here.
 */
import { runFeatures, type LinkedInFeature } from '../feature';
import { composerWatcher } from './composer-watcher';
import { postOutcome } from './post-outcome';
import { repostDetector } from './repost-detector';
import { shareOutbox } from './share-outbox';

export type { LinkedInFeature };

// post-outcome subscribes to the composer session that composer-watcher keeps: start it first.
export const features: LinkedInFeature[] = [postOutcome, composerWatcher, repostDetector, shareOutbox];

/** Starts every feature; a failing one is logged quietly and does not stop the rest. */
export function startFeatures(signal: AbortSignal, list: LinkedInFeature[] = features): Promise<string[]> {
  return runFeatures(signal, list);
}
