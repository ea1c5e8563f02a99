/** Local health counters of the LinkedIn integration (R8). Written by the background only. */
import { healthItem, type Health, type HealthEvent } from '../settings';

/**
 * An https address where people may also file a layout report, or null. Set only at build time
 * (`WXT_ISSUE_TRACKER_URL=https://… npm run build`; README: "Copy a report for the developers"):
 * no placeholder address ships. Without it the report is copied, or mailed to the feed's
 * communications contact, the first line of support of the organization running the programme.
 */
export function issueTrackerUrl(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

/** The build's tracker address (Vite exposes `WXT_`-prefixed variables), or null. */
export const ISSUE_TRACKER_URL: string | null = issueTrackerUrl(
  (import.meta as { env?: Record<string, string | undefined> }).env?.WXT_ISSUE_TRACKER_URL,
);

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
