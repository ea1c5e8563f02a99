import { useId, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { useStudioT } from './i18n';
import { checkFeedUrl, originPattern } from '@/lib/settings/feed-url';
import { fetchText, type FetchTextResult } from '@/lib/studio/fetch-text';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'invalid'; reason: 'empty' | 'invalid' | 'not-https' | 'loopback-ip' }
  | { kind: 'failed'; result: Exclude<FetchTextResult, { ok: true }> }
  | { kind: 'needs-permission'; url: string; origin: string }
  | { kind: 'denied' }
  | { kind: 'problem'; message: string };

export interface AddressFormProps {
  label: string;
  button: string;
  /** Gets the text at the address; returns a plain problem to show, or null when it worked. */
  onText: (text: string, url: string) => string | null | Promise<string | null>;
}

/**
 * Reads a feed from an address. When the server sends no CORS header, the studio asks for
 * that one origin's permission from the person's click (as the options page does; Firefox
 * allows permissions.request only in a user gesture), then reads again.
 */
export function AddressForm({ label, button, onText }: AddressFormProps) {
  const { t } = useStudioT();
  const id = useId();
  const [value, setValue] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });

  const read = async (url: string, origin: string) => {
    setState({ kind: 'busy' });
    const result = await fetchText(url);
    if (result.ok) {
      // The reader comes in a chunk of its own (components/studio/deferred.ts); if it cannot be
      // loaded (an update replaced the files), say so rather than stay busy for good.
      const problem = await Promise.resolve()
        .then(() => onText(result.text, url))
        .catch((error: unknown) => String(error));
      return setState(problem ? { kind: 'problem', message: problem } : { kind: 'idle' });
    }
    if (result.reason === 'network') {
      const granted = await browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false);
      if (!granted) return setState({ kind: 'needs-permission', url, origin });
    }
    setState({ kind: 'failed', result });
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
          <p className="problem problem--error">
            {state.result.reason === 'status'
              ? t('address.status', { status: state.result.status })
              : t(`address.${state.result.reason}`)}
          </p>
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
