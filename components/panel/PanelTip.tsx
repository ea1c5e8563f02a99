import { useEffect, useRef } from 'react';
import { Txt } from '@/components/painted-text';
import { useT } from '@/components/I18nProvider';
import { tipShown } from '@/lib/shared/feed/tip-choice';
import type { PanelData, PickedTip } from '@/lib/shared/feed/types';
import { localize } from '@/lib/shared/guidelines/reminders';
import { isHttpsUrl } from '@/lib/shared/panel/post-text';
import { byPerson } from '@/lib/shared/panel/trusted';

/**
 * At most one social-media tip per composer opening (issue 27). The worker chose it with the
 * reminder, by the person's reminder frequency, in the same answer as the cards, so it is on
 * screen with them and nothing moves under the pointer. This component mounts once per opening:
 * the first answer's tip stays (also when the data is asked again) and moves the rotation on once.
 */
export function PanelTip({ data }: { data: PanelData | null }) {
  const { t, language } = useT('panel');
  const taken = useRef<PickedTip | null | undefined>(undefined);
  if (data && taken.current === undefined) taken.current = data.tip ?? null;
  const picked = taken.current ?? null;
  useEffect(() => {
    if (picked) void tipShown(picked).catch(() => undefined);
  }, [picked]);
  const text = localize(picked?.tip.text, language);
  if (!picked || !text) return null;
  const url = isHttpsUrl(picked.tip.url) ? picked.tip.url : null;
  return (
    <section className="tip" aria-label={t('tipTitle')} data-testid="tip">
      <p className="tip__text">
        <strong>
          <Txt>{t('tipTitle')}</Txt>
        </strong>{' '}
        <Txt>{text}</Txt>
      </p>
      {url ? (
        <a
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          onClick={(event) => {
            if (!byPerson(event) || !isHttpsUrl(event.currentTarget.href)) event.preventDefault();
          }}
        >
          <Txt>{t('talkingPointLink')}</Txt>
        </a>
      ) : null}
    </section>
  );
}
