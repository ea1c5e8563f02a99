/** Local health counters of the LinkedIn integration (R8). Written by the background only. */
import { healthItem, type Health, type HealthEvent } from '../settings';

/** Where people send a layout report: the project's issue tracker (README: "When LinkedIn changes"). */
export const ISSUE_TRACKER_URL = 'https://github.com/example-org/advocacy-extension/issues/new';

export async function recordHealth(event: HealthEvent, detail?: string, now = new Date()): Promise<Health> {
  const current = await healthItem.getValue();
  const next: Health = {
    counts: { ...current.counts, [event]: (current.counts[event] ?? 0) + 1 },
    last: { event, at: now.toISOString(), ...(detail ? { detail } : {}) },
  };
  await healthItem.setValue(next);
  return next;
}

export function readHealth(): Promise<Health> {
  return healthItem.getValue();
}
