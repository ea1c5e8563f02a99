/**
 * Feed validator for the people who write feeds:
 *   npm run feed:check -- <file-or-https-url>
 * Reads JSON Feed 1.0/1.1, RSS 2.0, RSS 1.0 and Atom 1.0 (recognised by content, in any character
 * set lib/shared/feed/decode.ts reads) and names the format
 * ("ok: RSS 2.0, 25 items"). Exit 0 with a summary when at least one item is usable; exit 1
 * with one line per problem otherwise (also when no item is usable). Never prints a stack trace.
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeFeedBytes } from '../../shared/feed/decode';
import { fetchFeed, isAllowedFeedUrl } from '../../shared/feed/fetch';
import { LIMITS } from '../../shared/feed/limits';
import { englishProblem } from '../../shared/feed/problems';
import { parseFeedText, type ValidationResult } from '../../shared/feed/validate';

export async function checkFeedCommand(target: string, now = new Date()): Promise<{ code: number; lines: string[] }> {
  let text: string;
  let contentType: string | null = null;
  let url: string | null = null;
  if (/^[a-z]+:\/\//i.test(target)) {
    if (!isAllowedFeedUrl(target)) return { code: 1, lines: ['error: the feed address must start with https://'] };
    const outcome = await fetchFeed(target, { discover: true });
    if (outcome.kind === 'page') {
      // A homepage: name the feeds it links to, so the person can check the right address.
      return outcome.feeds.length
        ? {
            code: 1,
            lines: [
              'error: this address is a web page, not a feed; it links to these feeds:',
              ...outcome.feeds.map((feed) => `  ${feed.url}  (${feed.format}${feed.title ? `, "${feed.title}"` : ''})`),
            ],
          }
        : { code: 1, lines: [`error: ${englishProblem({ code: 'no-feed-on-page' })}`] };
    }
    if (outcome.kind !== 'ok') {
      return {
        code: 1,
        lines: [`error: ${outcome.kind === 'error' ? englishProblem(outcome.problem) : 'unexpected "not modified"'}`],
      };
    }
    ({ text, contentType, url } = outcome);
  } else {
    try {
      const info = await stat(target);
      if (!info.isFile()) return { code: 1, lines: [`error: ${target} is not a file`] };
      if (info.size > LIMITS.bytes)
        return {
          code: 1,
          lines: [`error: the feed is too large (${(info.size / 1024 / 1024).toFixed(1)} MB; at most 2 MB)`],
        };
      // Bytes, decoded as the worker decodes a download (BOM, XML declaration, UTF-8, Windows-1252).
      const decoded = decodeFeedBytes(await readFile(target));
      if (!decoded.ok) return { code: 1, lines: [`error: ${englishProblem(decoded.problem)}`] };
      text = decoded.text;
    } catch {
      return { code: 1, lines: [`error: cannot read ${target}`] };
    }
  }
  return summarizeCheck(parseFeedText(text, { contentType, url }), now);
}

export function summarizeCheck(result: ValidationResult, now: Date): { code: number; lines: string[] } {
  const warnings = result.skipped.map(
    (skip) => `warning: ${skip.path}: ${skip.reason} — item ${skip.id ?? '(no id)'} skipped`,
  );
  const notes = result.warnings.map((warning) => `warning: ${warning}`);
  const format = result.format ? `${result.format}: ` : '';
  if (!result.ok) {
    return {
      code: 1,
      lines: [
        ...result.problems.map((problem, index) => `error: ${index === 0 ? format : ''}${problem}`),
        ...notes,
        ...warnings,
      ],
    };
  }
  const { items, envelope } = result.feed;
  const languages = new Set<string>();
  const campaigns = new Set<string>();
  const soon: string[] = [];
  const week = 7 * 24 * 3600_000;
  for (const item of items) {
    if (item.language) languages.add(item.language.slice(0, 2));
    for (const variant of item._advocacy?.variants ?? []) languages.add(variant.language);
    if (item._advocacy?.campaign) campaigns.add(item._advocacy.campaign);
    const expires = item._advocacy?.expires ? Date.parse(item._advocacy.expires) : NaN;
    if (expires > now.getTime() && expires - now.getTime() < week) soon.push(item.id);
  }
  // Programme results (issue 26): only said when the feed asks for them.
  const results = envelope._advocacy?.results;
  const resultLines: string[] = [];
  if (results) {
    const counted = results.campaigns ?? [];
    resultLines.push(
      `results: reports go to ${results.collector}; ${counted.length ? `campaigns counted: ${counted.join(', ')}` : "campaigns counted: those of the period's items"}; figures from ${results.min_reports} reports`,
    );
    for (const campaign of counted) {
      if (!campaigns.has(campaign))
        resultLines.push(`warning: _advocacy.results.campaigns: no item has campaign "${campaign}"`);
    }
  }
  // Talking points and tips (issue 27): only said when the feed has them.
  const points = envelope._advocacy?.talking_points ?? [];
  const tips = envelope._advocacy?.tips ?? [];
  if (points.length || tips.length) {
    const named = items.filter((item) => item._advocacy?.talking_points.length).length;
    resultLines.push(
      `talking points: ${points.length} (named by ${named} ${named === 1 ? 'item' : 'items'}); tips: ${tips.length}`,
    );
  }
  return {
    code: 0,
    lines: [
      `ok: ${result.format ?? 'feed'}, ${items.length} ${items.length === 1 ? 'item' : 'items'} — "${envelope.title}"${envelope._advocacy ? ` from ${envelope._advocacy.organization.name}` : ' (plain feed, no _advocacy)'}`,
      `items: ${items.length}${result.skipped.length ? ` (${result.skipped.length} skipped)` : ''}`,
      `languages: ${[...languages].sort().join(', ') || '(not stated)'}`,
      `campaigns: ${[...campaigns].sort().join(', ') || '(none)'}`,
      `expiring within 7 days: ${soon.join(', ') || '(none)'}`,
      ...resultLines,
      ...notes,
      ...warnings,
    ],
  };
}

async function main() {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: npm run feed:check -- <file-or-https-url>');
    process.exit(2);
  }
  try {
    const { code, lines } = await checkFeedCommand(target);
    for (const line of lines) (code === 0 && !line.startsWith('warning') ? console.log : console.error)(line);
    process.exit(code);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/lib\//, '/lib/'))) void main();
