/**
 * What a LinkedIn feature is, and how the watcher starts them: each on its own, so one that
 * throws is caught and reported while the others keep running (Refined GitHub's habit).
 * Apart from the list in features/index.ts, so a feature file can name the type without an
 * import cycle through the list that imports it.
 */
export interface LinkedInFeature {
  /** The file name, also used in health reports. */
  id: string;
  init(signal: AbortSignal): void | Promise<void>;
}

/** Starts every feature in order; a failing one is logged quietly and does not stop the rest. */
export async function runFeatures(signal: AbortSignal, list: readonly LinkedInFeature[]): Promise<string[]> {
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
