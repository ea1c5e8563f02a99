/** Dates and numbers in the popup's language (Intl only; no date library). */
import type { Language } from '@/lib/shared/i18n';

/** English in the Danish context reads dates day-first ("27 Nov"), so en-GB rather than en-US. */
export function localeOf(language: Language): string {
  return language === 'da' ? 'da-DK' : 'en-GB';
}

/** "27. nov." / "27 Nov" (with the year when it is not this year). */
export function formatDay(iso: string, language: Language, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const sameYear = date.getFullYear() === now.getFullYear();
  return new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
}

/** A local calendar date (YYYY-MM-DD, no time zone) as "23 Nov". */
export function formatLocalDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, day)),
  );
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "5 minutes ago" / "for 5 minutter siden"; "now" under a minute. */
export function formatRelative(iso: string, language: Language, now = new Date()): string {
  const diff = new Date(iso).getTime() - now.getTime();
  if (!Number.isFinite(diff)) return '';
  const format = new Intl.RelativeTimeFormat(localeOf(language), { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === 'minute') return format.format(Math.round(diff / ms), unit);
  }
  return '';
}

/** Only https links are rendered as links (feed and record data are not trusted). */
export function safeHref(url: string | null | undefined): string | null {
  return url && /^https:\/\//i.test(url) ? url : null;
}
