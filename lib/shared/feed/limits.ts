/**
 * The one set of text and list limits, shared by the feed schema (lib/shared/feed/schema.ts) and the
 * message protocol (lib/worker/messaging/protocol.ts), so a value the feed accepts is never refused
 * later as a message (a 3000-character title made shares unrecordable). Plain constants, no
 * zod: the LinkedIn watcher may import this file.
 */
export const LIMITS = {
  /** Items kept from one feed (the newest, with a warning when there were more). */
  items: 500,
  variants: 10,
  reminders: 50,
  highlights: 20,
  /** Talking points and social-media tips in one feed (issue 27), and the ids one item names. */
  talkingPoints: 100,
  tips: 50,
  itemTalkingPoints: 20,
  /** A talking point's short answer: raw material for the person's own words, not ready copy. */
  answer: 600,
  /** A talking point's question, a tip's text. */
  question: 300,
  terms: 200,
  tags: 20,
  /** Ids and other short strings. */
  shortText: 200,
  /** A suggestion's title: what the panel shows and what a share record keeps. */
  title: 300,
  summary: 1000,
  text: 3000,
  content: 10_000,
  /**
   * How much of an article's full text is kept from a plain feed (RSS content:encoded, Atom
   * content, JSON Feed content_html/content_text). The panel uses at most its first 300
   * characters as a summary; keeping 10,000 of each of 500 items would cost 5 MB of storage
   * and time on every sync and panel open.
   */
  contentKept: 2000,
  /** Campaign names (also in UTM values and share records). */
  campaign: 100,
  /** A language tag (BCP 47), in the feed and in share records. */
  language: 20,
  /** Any link. */
  url: 2048,
  /** The feed as downloaded. */
  bytes: 2 * 1024 * 1024,
} as const;
