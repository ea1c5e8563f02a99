/**
 * The id of a share event, made where the share happens (the watcher), so a replayed message,
 * a second tab or a restarted worker writes the same row at most once (R6). Dependency-free:
 * the always-on LinkedIn script imports it.
 */
export function newEventId(): string {
  return `share_${crypto.randomUUID().replace(/-/g, '')}`;
}
