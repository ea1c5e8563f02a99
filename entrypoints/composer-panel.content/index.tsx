import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { I18nProvider } from '@/components/I18nProvider';
import { ComposerPanel } from '@/components/panel/ComposerPanel';
import { PanelGuidelines } from '@/components/panel/PanelGuidelines';
import { placePanel } from '@/components/panel/placement';
import { getBridge, PANEL_MOUNTED_KEY } from '@/lib/linkedin/bridge';
import { findComposer } from '@/lib/linkedin/selectors';
import { consentItem, hasConsent } from '@/lib/settings';
import { onConsentWithdrawn } from '@/lib/settings/consent-watch';
import { usePanelStore } from '@/stores/panel';
import css from './style.css?inline';

const MOUNTED = Symbol.for(PANEL_MOUNTED_KEY);
type Flagged = typeof globalThis & { [MOUNTED]?: boolean };

// Injected by the background (scripting.executeScript) only for people who opted in,
// when a composer is open. Never listed in the manifest, no web_accessible_resources.
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const flagged = globalThis as Flagged;
    if (flagged[MOUNTED]) return 'already-open';
    flagged[MOUNTED] = true;
    const consent = await consentItem.getValue();
    if (ctx.isInvalid) return 'already-open';
    if (!hasConsent(consent, 'panel') && !hasConsent(consent, 'reminders')) {
      flagged[MOUNTED] = false;
      return 'already-open';
    }
    // The watcher asks for us as soon as the person asks LinkedIn for a composer, so the code is
    // parsed while LinkedIn builds it; nothing goes into the page until a composer is on screen.
    if (!(await composerOnScreen(ctx.signal))) {
      flagged[MOUNTED] = false;
      return 'no-composer';
    }
    const controller = new AbortController();
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'advocacy-panel',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css,
      mode: 'open',
      // WXT's reset is `:host{all:initial !important}`, which would beat the inline placement
      // below; style.css resets the host itself (without !important) instead.
      inheritStyles: true,
      onMount(container) {
        const root = createRoot(container);
        root.render(
          <I18nProvider>
            <ComposerPanel guidelines={(context) => <PanelGuidelines {...context} />} />
          </I18nProvider>,
        );
        return root;
      },
      onRemove(root) {
        controller.abort();
        root?.unmount();
        flagged[MOUNTED] = false;
      },
    });
    // A second injection racing this one may have mounted meanwhile.
    if (ctx.isInvalid) return 'already-open';
    const host = ui.shadowHost;
    // Hidden until placed: no flash at the default corner.
    host.style.display = 'none';
    ui.mount();
    track(host, controller.signal);

    // Withdrawn consent removes the panel at once (both off), or keeps only reminders.
    controller.signal.addEventListener(
      'abort',
      onConsentWithdrawn(['panel', 'reminders'], () => ui.remove()),
    );
    ctx.onInvalidated(() => ui.remove());
    return 'injected';
  },
});

/** How long an early-injected panel waits for LinkedIn's composer before giving up. */
const COMPOSER_WAIT_MS = 10_000;

/** Resolves true once a composer is on screen (checked every 100 ms), false after the wait. */
function composerOnScreen(signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const deadline = Date.now() + COMPOSER_WAIT_MS;
    const check = () => {
      if (signal.aborted) return resolve(false);
      if (findComposer(document)) return resolve(true);
      if (Date.now() > deadline) return resolve(false);
      setTimeout(check, 100);
    };
    check();
  });
}

function isModal(element: Element | null | undefined): element is HTMLDialogElement {
  try {
    return element instanceof HTMLDialogElement && element.matches(':modal');
  } catch {
    return false; // a browser without :modal has no top layer to escape either
  }
}

/**
 * Keeps the host beside the open composer (re-found every time: LinkedIn swaps nodes),
 * throttled to one placement per animation frame; hides it while no composer is open.
 */
function track(host: HTMLElement, signal: AbortSignal): void {
  let frame = 0;
  const place = () => {
    frame = 0;
    const composer = findComposer(document);
    const rect = composer?.getBoundingClientRect();
    const open = !!rect && rect.width > 0 && rect.height > 0;
    usePanelStore.getState().setComposerOpen(open);
    if (!open) {
      host.style.display = 'none';
      // The dialog we lived in (see below) may have been removed with us inside it.
      if (!host.isConnected) document.body.append(host);
      return;
    }
    // A modal <dialog> (V3, if LinkedIn opens it with showModal) sits in the top layer and
    // makes everything outside it inert: then the panel must live inside the dialog to be
    // visible and usable. It stays position:fixed there, so the dialog's layout is untouched.
    const parent = isModal(composer) ? composer : document.body;
    if (host.parentNode !== parent) parent.append(host);
    const placement = placePanel(rect, { width: window.innerWidth, height: window.innerHeight });
    usePanelStore.getState().setDocked(placement.docked);
    Object.assign(host.style, {
      display: 'block',
      top: `${placement.top}px`,
      left: `${placement.left}px`,
      right: 'auto',
    });
    host.style.setProperty('--panel-width', `${placement.width}px`);
    host.style.setProperty('--panel-max-height', `${placement.maxHeight}px`);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(place);
  };
  place();
  const options = { passive: true, capture: true, signal };
  window.addEventListener('resize', schedule, options);
  window.addEventListener('scroll', schedule, options);
  const events = getBridge().events;
  events.addEventListener('composer-open', schedule, { signal });
  events.addEventListener('composer-closed', schedule, { signal });
  // A cheap poll as well: the watcher's events may not exist yet, and dialogs move without resize.
  const timer = setInterval(schedule, 400);
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    if (frame) cancelAnimationFrame(frame);
  });
}
