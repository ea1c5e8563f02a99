import { useId, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { useStudioT } from './i18n';
import type { DiscoveredFeed } from '@/lib/shared/feed/discover';
import { fetchFeed } from '@/lib/shared/feed/fetch';
import { problemText } from '@/lib/pages/problem-text';
import type { FeedProblem } from '@/lib/shared/feed/problems';
import { checkFeedUrl, originPattern } from '@/lib/shared/settings/feed-url';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'invalid'; reason: 'empty' | 'invalid' | 'not-https' | 'loopback-ip' }
  | { kind: 'failed'; problem: FeedProblem }
  | { kind: 'needs-permission'; url: string; origin: string }
  | { kind: 'choose'; pageUrl: string; feeds: DiscoveredFeed[] }
  | { kind: 'denied' }
  | { kind: 'problem'; message: string };

/** What was read: the text (decoded), where it came from and, for a homepage, the page it was found on. */
export interface AddressText {
  text: string;
  url: string;
  contentType: string | null;
  foundOn: string | null;
}

export interface AddressFormProps {
  label: string;
  button: string;
  /** Gets the text at the address; returns a plain problem to show, or null when it worked. */
  onText: (text: string, source: AddressText) => string | null | Promise<string | null>;
}

/**
 * Reads a feed from an address with the extension's one fetcher (lib/shared/feed/fetch.ts: the same
 * limits, content types, character sets and problems as the worker's sync). The address may be
 * the company's website or newsroom page: the feeds it links to are found, one is read at once,
 * several are offered to choose from. When the server sends no CORS header, the studio asks for
 * that one origin's permission from the person's click (as the options page does; Firefox
 * allows permissions.request only in a user gesture), then reads again.
 */
export function AddressForm({ label, button, onText }: AddressFormProps) {
  const { t, language } = useStudioT();
  const id = useId();
  const [value, setValue] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });

  const read = async (url: string, origin: string, foundOn: string | null = null): Promise<void> => {
    setState({ kind: 'busy' });
    const outcome = await fetchFeed(url, { discover: foundOn === null });
    if (outcome.kind === 'ok') {
      // The reader comes in a chunk of its own (components/studio/deferred.ts); if it cannot be
      // loaded (an update replaced the files), say so rather than stay busy for good.
      const problem = await Promise.resolve()
        .then(() =>
          onText(outcome.text, { text: outcome.text, url: outcome.url, contentType: outcome.contentType, foundOn }),
        )
        .catch((error: unknown) => String(error));
      return setState(problem ? { kind: 'problem', message: problem } : { kind: 'idle' });
    }
    if (outcome.kind === 'page') {
      if (outcome.feeds.length === 0) return setState({ kind: 'failed', problem: { code: 'no-feed-on-page' } });
      if (outcome.feeds.length > 1) return setState({ kind: 'choose', pageUrl: outcome.url, feeds: outcome.feeds });
      const feed = outcome.feeds[0]!;
      return choose(feed.url, outcome.url);
    }
    if (outcome.kind === 'error' && outcome.network) {
      const granted = await browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false);
      if (!granted) return setState({ kind: 'needs-permission', url, origin });
    }
    setState({ kind: 'failed', problem: outcome.kind === 'error' ? outcome.problem : { code: 'not-modified-fresh' } });
  };

  /** A feed found on a page: read it (its origin may need its own permission, asked from a click). */
  const choose = async (url: string, pageUrl: string): Promise<void> => {
    const check = checkFeedUrl(url);
    if (!check.ok) return setState({ kind: 'invalid', reason: check.reason });
    return read(check.url, check.origin, pageUrl);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkFeedUrl(value);
    if (!check.ok) return setState({ kind: 'invalid', reason: check.reason });
    void read(check.url, check.origin);
  };

  const grant = (url: string, origin: string) => {
    // Straight from the click: the permission prompt needs the user gesture.
    void browser.permissions
      .request({ origins: [originPattern(origin)] })
      .then((granted) => (granted ? read(url, origin) : setState({ kind: 'denied' })))
      .catch((error: unknown) => setState({ kind: 'problem', message: String(error) }));
  };

  return (
    <form onSubmit={submit} noValidate className="address-form">
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input
          id={id}
          type="url"
          inputMode="url"
          placeholder="https://"
          spellCheck={false}
          value={value}
          aria-invalid={state.kind === 'invalid'}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit" className="button" disabled={state.kind === 'busy'}>
          {state.kind === 'busy' ? t('start.reading') : button}
        </button>
      </div>
      <div role="status" className="outcome">
        {state.kind === 'invalid' ? <p className="problem problem--error">{t(`address.${state.reason}`)}</p> : null}
        {state.kind === 'failed' ? (
          <p className="problem problem--error">{problemText(state.problem, language)}</p>
        ) : null}
        {state.kind === 'choose' ? (
          <div className="notice">
            <p>{t('address.several', { page: new URL(state.pageUrl).host })}</p>
            <ul className="plain-list">
              {state.feeds.map((feed) => (
                <li key={feed.url}>
                  <button
                    type="button"
                    className="button"
                    onClick={() => void choose(feed.url, state.pageUrl)}
                    title={feed.url}
                  >
                    {t('address.useFeed', { title: feed.title || feed.url, format: feed.format })}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {state.kind === 'needs-permission' ? (
          <div className="notice">
            <p>{t('address.needsPermission', { origin: state.origin })}</p>
            <button type="button" className="button button--primary" onClick={() => grant(state.url, state.origin)}>
              {t('address.grant', { origin: state.origin })}
            </button>
          </div>
        ) : null}
        {state.kind === 'denied' ? <p className="problem problem--error">{t('address.denied')}</p> : null}
        {state.kind === 'problem' ? <p className="problem problem--error">{state.message}</p> : null}
      </div>
    </form>
  );
}
