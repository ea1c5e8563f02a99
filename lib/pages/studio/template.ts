/**
 * A new feed to start from: the white paper's five reminder topics (purpose, focus on the
 * positive, who handles criticism, when you are a private person, common sense) with the
 * extension's built-in texts in Danish and English, ready to be rewritten in the company's
 * own words. The organization's name is left for the team to fill in (the checks ask for it).
 */
import { BUILT_IN_REMINDERS } from '../../shared/guidelines/reminders';
import { fieldText, type JsonObject, type StudioFeed } from './path';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export function newFeedTemplate(): StudioFeed {
  return {
    version: JSON_FEED_VERSION,
    title: 'News',
    _advocacy: {
      organization: { name: '' },
      policy: {
        reminders: BUILT_IN_REMINDERS.map((reminder) => ({
          id: reminder.topic,
          topic: reminder.topic,
          text: { ...reminder.text },
        })),
      },
      utm: { source: 'linkedin', medium: 'employee-advocacy' },
    },
    items: [],
  };
}

/** A fresh item with a unique id (the id must never change once published: it names the suggestion). */
export function newItem(existingIds: ReadonlySet<string>, now = new Date()): JsonObject {
  const stamp = now.toISOString().slice(0, 10);
  let n = 1;
  while (existingIds.has(`${stamp}-${n}`)) n++;
  return { id: `${stamp}-${n}`, date_published: now.toISOString().replace(/\.\d{3}Z$/, 'Z') };
}

/** A copy of an item under a new id (its campaign and texts kept, to be varied). */
export function duplicateItem(item: JsonObject, existingIds: ReadonlySet<string>): JsonObject {
  const base = `${fieldText(item.id) || 'item'}-copy`;
  let id = base;
  for (let n = 2; existingIds.has(id); n++) id = `${base}-${n}`;
  return { ...structuredClone(item), id };
}
