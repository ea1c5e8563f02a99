import { useT } from '@/components/I18nProvider';
import { useStorageItem } from '@/components/use-storage-item';
import { countingSentItem, countingStateItem } from '@/lib/shared/counting/state';

/**
 * "What was sent" (issue 26): every programme-results report that left this device, with its
 * time, where it went and its exact content, newest first; and the next one, if one is planned.
 * Read from storage, so it is right also after a report went out while the page was open.
 */
export function SentReportsSection({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t, formatDate } = useT('options');
  const sent = useStorageItem(countingSentItem);
  const state = useStorageItem(countingStateItem);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (sent === null || state === null) return null;
  // Not lib/shared/results/report's periodStart: that module carries zod, which the options page does not.
  const month = (period: string) =>
    formatDate(new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1)), {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  return (
    <section aria-labelledby="sent-heading" className="card">
      <Heading id="sent-heading">{t('sent.heading')}</Heading>
      <p className="hint">{t('sent.intro')}</p>
      {state.pending ? (
        <p role="status">
          {t('sent.next', {
            month: month(state.pending.period),
            date: formatDate(state.pending.nextAttemptAt ?? state.pending.sendAt, { dateStyle: 'long' }),
          })}
        </p>
      ) : null}
      {sent.length === 0 ? (
        <p>{t('sent.none')}</p>
      ) : (
        <ul className="sent-reports">
          {[...sent].reverse().map((report) => (
            <li key={`${report.period}-${report.sentAt}`}>
              <p>
                {t('sent.entry', {
                  date: formatDate(report.sentAt, { dateStyle: 'long', timeStyle: 'short' }),
                  month: month(report.period),
                  host: hostOf(report.collector),
                })}
              </p>
              <pre>
                <code>{report.body}</code>
              </pre>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
