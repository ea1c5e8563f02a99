import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * Renders children in a shadow root with the given CSS, as the panel does beside LinkedIn's
 * composer, so the preview looks exactly like the panel (its own stylesheet, nothing of the page's).
 * Open: it is our own page, and tests read it.
 */
export function ShadowBox({ css, children, label }: { css: string; children: ReactNode; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    shadow.replaceChildren(style);
    setRoot(shadow);
  }, [css]);
  // The panel's :host rule makes it a fixed overlay; here it sits in the page (outer styles win over :host).
  return (
    <div
      ref={host}
      role="region"
      aria-label={label}
      className="shadow-box"
      style={{ position: 'static', display: 'block' }}
    >
      {root ? createPortal(children, root) : null}
    </div>
  );
}
