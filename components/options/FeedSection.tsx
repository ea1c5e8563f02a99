import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { useT } from '@/components/I18nProvider';
import type { DiscoveredFeed } from '@/lib/shared/feed/discover';
import { problemText } from '@/lib/pages/problem-text';
import type { FeedTestResult } from '@/lib/shared/feed/types';
import { send } from '@/lib/shared/messaging/send';
import { feedUrlItem } from '@/lib/shared/settings';
import { checkFeedUrl, originPattern, type FeedUrlCheck } from '@/lib/shared/settings/feed-url';
import { useOptionsStore } from '@/stores/options';

type Outcome =
  | { kind: 'invalid'; reason: Extract<FeedUrlCheck, { ok: false }>['reason'] }
  | { kind: 'saved'; result: FeedTestResult; url: string; foundOn: string | null }
  | { kind: 'choose'; pageUrl: string; feeds: DiscoveredFeed[] }
  | { kind: 'failed'; result: FeedTestResult }
  | { kind: 'needs-permission'; url: string; origin: string; foundOn: string | null }
  | { kind: 'denied' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'demo' };

/** Where suggestions come from: the demo feed, the person's feed URL, or the organization's. */
export function FeedSection() {
  const { t, formatDate, language } = useT('options');
  const feedUrl = useOptionsStore((state) => state.feedUrl);
  const managed = useOptionsStore((state) => state.managed);
  const managedChecked = useOptionsStore((state) => state.managedChecked);
  const status = useOptionsStore((state) => state.feedStatus);
  const refreshRemote = useOptionsStore((state) => state.refreshRemote);
  const syncNow = useOptionsStore((state) => state.syncNow);
  const [syncing, setSyncing] = useState(false);
  const [draft, setDraft] = useState(feedUrl ?? '');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const locked = managed.feedUrl !== null;

  useEffect(() => setDraft(managed.feedUrl ?? feedUrl ?? ''), [feedUrl, managed.feedUrl]);

  /**
   * Tests the address and saves it when it is a feed. A web page (the company's website or
   * newsroom) lists the feeds it links to: one is tested at once, several are offered to choose
   * from; what is saved is always the feed's own address, never the page's (`foundOn`).
   */
  const testAndSave = async (url: string, foundOn: string | null = null) => {
    setBusy(true);
    try {
      const answer = await send('feed:test-url', { url });
      if (!answer.ok) return setOutcome({ kind: 'unavailable', message: answer.error.message });
      const result = answer.data;
      if (result.needsPermission && !result.ok) {
        const check = checkFeedUrl(url);
        if (check.ok) return setOutcome({ kind: 'needs-permission', url: check.url, origin: check.origin, foundOn });
      }
      const found = result.discovered ?? [];
      if (found.length === 1 && !foundOn) return await testAndSave(found[0]!.url, result.pageUrl ?? url);
      if (found.length > 1 && !foundOn) {
        return setOutcome({ kind: 'choose', pageUrl: result.pageUrl ?? url, feeds: found });
      }
      if (!result.ok) return setOutcome({ kind: 'failed', result });
      await feedUrlItem.setValue(url);
      setOutcome({ kind: 'saved', result, url, foundOn });
      await refreshRemote();
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkFeedUrl(draft);
    if (!check.ok) return setOutcome({ kind: 'invalid', reason: check.reason });
    void testAndSave(check.url);
  };

  // Called straight from the click (a user gesture; Firefox allows permissions.request only there).
  const grant = (url: string, origin: string, foundOn: string | null) => {
    void browser.permissions
      .request({ origins: [originPattern(origin)] })
      .then((granted) => (granted ? testAndSave(url, foundOn) : setOutcome({ kind: 'denied' })))
      .catch((error: unknown) => setOutcome({ kind: 'unavailable', message: String(error) }));
  };

  const useDemo = async () => {
    await feedUrlItem.setValue(null);
    setDraft('');
    setOutcome({ kind: 'demo' });
  };

  const source = locked ? 'sourceManaged' : feedUrl ? 'sourceCustom' : 'sourceDemo';
  return (
    <section aria-labelledby="feed-heading" className="card">
      <h2 id="feed-heading">{t('feed.heading')}</h2>
      {!managedChecked ? (
        // Until managed storage answers we cannot tell whether the organization set the feed.
        <p role="status" className="status">
          {t('feed.checkingManaged')}
        </p>
      ) : (
        <>
          <p>{t(`feed.${source}`)}</p>
          <form onSubmit={submit} noValidate>
            <label htmlFor="feed-url" className="field-label">
              {t('feed.urlLabel')}
            </label>
            {locked ? (
              <p className="badge" id="feed-url-managed">
                {t('feed.managed')}
              </p>
            ) : null}
            <input
              id="feed-url"
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              placeholder="https://"
              value={draft}
              readOnly={locked}
              aria-readonly={locked}
              aria-describedby={locked ? 'feed-url-managed feed-url-hint' : 'feed-url-hint'}
              aria-invalid={outcome?.kind === 'invalid'}
              onChange={(event) => setDraft(event.target.value)}
            />
            <p id="feed-url-hint" className="hint">
              {locked ? t('feed.managedHint') : t('feed.urlHint')}
            </p>
            {locked ? null : (
              <div className="actions">
                <button type="submit" className="button primary" disabled={busy}>
                  {busy ? t('feed.testing') : t('feed.test')}
                </button>
                <button type="button" className="button" onClick={() => void useDemo()} disabled={busy || !feedUrl}>
                  {t('feed.useDemo')}
                </button>
              </div>
            )}
          </form>
          <div role="status" className="outcome">
            {outcome ? (
              <FeedOutcome
                outcome={outcome}
                onGrant={grant}
                onChoose={(url, pageUrl) => void testAndSave(url, pageUrl)}
                busy={busy}
              />
            ) : null}
          </div>
        </>
      )}
      <h3>{t('feed.statusHeading')}</h3>
      <p className="status">
        {!status
          ? t('feed.statusNever')
          : !status.ok
            ? t('feed.statusUnavailable', { message: status.error.message })
            : status.data.lastError
              ? t('feed.statusError', { message: problemText(status.data.lastError, language) })
              : status.data.lastSuccessAt
                ? t('feed.statusOk', { date: formatDate(status.data.lastSuccessAt), count: status.data.itemCount })
                : t('feed.statusNever')}
      </p>
      <button
        type="button"
        className="button"
        disabled={syncing}
        onClick={() => {
          setSyncing(true);
          void syncNow().finally(() => setSyncing(false));
        }}
      >
        {syncing ? t('feed.syncing') : t('feed.syncNow')}
      </button>
    </section>
  );
}

function FeedOutcome({
  outcome,
  onGrant,
  onChoose,
  busy,
}: {
  outcome: Outcome;
  onGrant: (url: string, origin: string, foundOn: string | null) => void;
  onChoose: (url: string, pageUrl: string) => void;
  busy: boolean;
}) {
  const { t, language } = useT('options');
  switch (outcome.kind) {
    case 'choose':
      return <ChooseFeed pageUrl={outcome.pageUrl} feeds={outcome.feeds} onChoose={onChoose} busy={busy} />;
    case 'invalid':
      return <p className="error">{t(`feed.invalid.${outcome.reason}`)}</p>;
    case 'unavailable':
      return <p className="error">{t('feed.unavailable', { message: outcome.message })}</p>;
    case 'denied':
      return <p className="error">{t('feed.denied')}</p>;
    case 'demo':
      return <p className="ok">{t('feed.demoRestored')}</p>;
    case 'needs-permission':
      return (
        <div className="notice">
          <p>{t('feed.needsPermission', { origin: outcome.origin })}</p>
          <button
            type="button"
            className="button primary"
            onClick={() => onGrant(outcome.url, outcome.origin, outcome.foundOn)}
          >
            {t('feed.grant', { origin: outcome.origin })}
          </button>
        </div>
      );
    case 'failed':
      return (
        <div className="error">
          <p>{t('feed.failed')}</p>
          <ul>
            {outcome.result.problems.slice(0, 10).map((problem, index) => (
              <li key={index}>{problemText(problem, language)}</li>
            ))}
          </ul>
        </div>
      );
    case 'saved':
      return (
        <div className="ok">
          {outcome.foundOn ? (
            <p data-testid="feed-found-on">{t('feed.foundOn', { page: hostOf(outcome.foundOn), url: outcome.url })}</p>
          ) : null}
          <p>{t('feed.saved', { count: outcome.result.itemCount, title: outcome.result.title ?? '' })}</p>
          {outcome.result.format ? <p>{t('feed.format', { format: outcome.result.format })}</p> : null}
          {outcome.result.problems.length > 0 ? (
            <>
              {outcome.result.skippedCount > 0 ? (
                <p>{t('feed.skipped', { count: outcome.result.skippedCount })}</p>
              ) : null}
              <ul>
                {outcome.result.problems.slice(0, 10).map((problem, index) => (
                  <li key={index}>{problemText(problem, language)}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      );
  }
}

/** The page's host, as people recognise it ("www.example.dk"). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The feeds a page links to, to choose one; the choice is tested and its own address saved. */
function ChooseFeed({
  pageUrl,
  feeds,
  onChoose,
  busy,
}: {
  pageUrl: string;
  feeds: DiscoveredFeed[];
  onChoose: (url: string, pageUrl: string) => void;
  busy: boolean;
}) {
  const { t } = useT('options');
  const [choice, setChoice] = useState(feeds[0]!.url);
  return (
    <form
      className="notice"
      onSubmit={(event) => {
        event.preventDefault();
        onChoose(choice, pageUrl);
      }}
    >
      <fieldset>
        <legend>{t('feed.discoveredMany', { page: hostOf(pageUrl) })}</legend>
        {feeds.map((feed) => (
          <label key={feed.url} className="choice">
            <input
              type="radio"
              name="discovered-feed"
              value={feed.url}
              checked={choice === feed.url}
              onChange={() => setChoice(feed.url)}
            />{' '}
            {feed.title || t('feed.feedUntitled')} ({feed.format}) <span className="hint">{feed.url}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button primary" disabled={busy}>
        {t('feed.useFeed')}
      </button>
    </form>
  );
}
