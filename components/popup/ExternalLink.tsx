import type { ReactNode } from 'react';
import { safeHref } from './format';

/**
 * A link that opens in a new tab, and only to an https address: feed and record data are not
 * trusted. Otherwise the words stand without a link (`orText`) or nothing is shown.
 */
export function ExternalLink({
  url,
  orText = false,
  children,
}: {
  url: string | null | undefined;
  orText?: boolean;
  children: ReactNode;
}) {
  const href = safeHref(url);
  if (!href) return orText ? <>{children}</> : null;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
