/**
 * The popup's "Talking points" section (issue 27): finding a talking point before a meeting or
 * a reply, and the tip of the day. Pure, so the popup only renders.
 */
import type { ReminderFrequency } from '../settings';
import type { Localized, TalkingPoint, Tip } from './types';

/**
 * Text in the wanted language, else the other one (as `localize` in lib/shared/guidelines/reminders,
 * whose built-in reminder texts the popup does not need to load).
 */
export function pickText(text: Localized, language: 'da' | 'en'): string {
  return text[language]?.trim() || text[language === 'da' ? 'en' : 'da']?.trim() || '';
}

/** Lower case, one space between words: what a search compares. */
function plain(text: string): string {
  return text.toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();
}

/** The words a person may search a talking point by: its question, answer, topics and campaigns. */
function searchText(point: TalkingPoint, language: 'da' | 'en'): string {
  return plain(
    [pickText(point.question, language), pickText(point.answer, language), ...point.topics, ...point.campaigns]
      .filter(Boolean)
      .join(' '),
  );
}

/**
 * The talking points every word of `query` occurs in (in the language shown), in the feed's
 * order; all of them for an empty query. "vind havn" finds a point about wind and the harbour.
 */
export function searchTalkingPoints(
  points: readonly TalkingPoint[],
  query: string,
  language: 'da' | 'en',
): TalkingPoint[] {
  const words = plain(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...points];
  return points.filter((point) => {
    const text = searchText(point, language);
    return words.every((word) => text.includes(word));
  });
}

/** Days since 1970 in the person's own time zone (a new tip at local midnight, not UTC's). */
function localDay(now: Date): number {
  return Math.floor((now.getTime() - now.getTimezoneOffset() * 60_000) / 86_400_000);
}

/**
 * The tip the popup shows today: one tip, the same all day (it does not change between
 * openings), the next one tomorrow; none when the person chose "never" for reminders or the
 * feed has no tip with text.
 */
export function tipOfTheDay(tips: readonly Tip[], frequency: ReminderFrequency, now: Date = new Date()): Tip | null {
  if (frequency === 'never') return null;
  const usable = tips.filter((tip) => !!(tip.text.da?.trim() || tip.text.en?.trim()));
  if (usable.length === 0) return null;
  return usable[localDay(now) % usable.length]!;
}
