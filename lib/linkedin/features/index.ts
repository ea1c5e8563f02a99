/**
 * Every LinkedIn feature of the watcher (on every LinkedIn page once the person opted in), one file each, each with `init(signal)`.
 * A feature that throws is caught and reported; the others keep running (Refined GitHub's habit).
 * tests/unit/linkedin-features.test.ts checks every file in this folder is listed here.
 */
import { composerWatcher } from './composer-watcher';
import { postOutcome } from './post-outcome';
import { repostDetector } from './repost-detector';

export interface LinkedInFeature {
  /** The file name, also used in health reports. */
  id: string;
  init(signal: AbortSignal): void | Promise<void>;
}

// post-outcome subscribes to the composer session that composer-watcher keeps: start it first.
export const features: LinkedInFeature[] = [postOutcome, composerWatcher, repostDetector];

/** Starts every feature; a failing one is logged quietly and does not stop the rest. */
export async function startFeatures(signal: AbortSignal, list: LinkedInFeature[] = features): Promise<string[]> {
  const failed: string[] = [];
  for (const feature of list) {
    try {
      await feature.init(signal);
    } catch (error) {
      failed.push(feature.id);
      console.debug(`[advocacy] feature ${feature.id} did not start`, error);
    }
  }
  return failed;
}
