import { startTransition } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { I18nProvider } from '@/components/I18nProvider';
import { PaintedText } from '@/components/painted-text';
import { ComposerPanel } from '@/components/panel/ComposerPanel';
import { PanelGuidelines } from '@/components/panel/PanelGuidelines';
import { getBridge, PANEL_MOUNTED_KEY } from '@/lib/shared/linkedin/bridge';
import { composerClaimed, composerOnScreen, eachOpening, followComposer } from '@/lib/injected/follow-composer';
import { followLinkedInTheme } from '@/lib/injected/theme';
import type { PanelData } from '@/lib/shared/feed/types';
import type { Result } from '@/lib/worker/messaging/protocol';
import { send } from '@/lib/shared/messaging/send';
import { onComposerConsentWithdrawn } from '@/lib/injected/consent-watch';
import { usePanelStore } from '@/stores/panel';
import css from '@/components/panel/panel.css?inline';

const MOUNTED = Symbol.for(PANEL_MOUNTED_KEY);
type ContentScriptContext = Parameters<typeof createShadowRootUi>[0];
type Flagged = typeof globalThis & { [MOUNTED]?: boolean };

// Injected by the background (scripting.executeScript) only for people who opted in,
// when a composer is open. Never listed in the manifest, no web_accessible_resources.
// Mounts, places (lib/injected/follow-composer.ts) and unmounts; everything else is the panel's.
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const flagged = globalThis as Flagged;
    if (flagged[MOUNTED]) return 'already-open';
    flagged[MOUNTED] = true;
    // The watcher asks for us as soon as the person asks LinkedIn for a composer, so the code is
    // parsed and the first opening's data asked for while LinkedIn builds it; nothing goes into
    // the page until a composer is on screen. The answer says what this composer gets
    // (lib/shared/settings/composer-help.ts): nothing at all means the consent went meanwhile.
    const firstData = send('feed:panel-data', {});
    let wanted = true;
    void firstData.then((result) => {
      if (result.ok && !result.data.help.panel) wanted = false;
    });
    if (!(await composerOnScreen(ctx.signal)) || !(await composerClaimed(ctx.signal))) {
      flagged[MOUNTED] = false;
      return 'no-composer';
    }
    if (ctx.isInvalid) return 'already-open';
    if (!wanted) {
      flagged[MOUNTED] = false;
      return 'already-open';
    }
    // The script stays until consent is withdrawn or a newer instance takes over; the panel
    // itself lives as long as its composer: every opening gets a fresh host, closed shadow root
    // and React root, and all of it is released when that composer closes (P11, a workday in one
    // tab; lib/injected/follow-composer.ts `eachOpening` says why a hidden, kept panel was not enough).
    const life = new AbortController();
    const stop = () => {
      if (life.signal.aborted) return;
      life.abort();
      flagged[MOUNTED] = false;
    };
    // Withdrawn consent removes the panel at once (both off); otherwise the panel asks for its
    // data again and shows what the composer gets now.
    life.signal.addEventListener('abort', onComposerConsentWithdrawn(stop));
    void firstData.then((result) => {
      if (result.ok && !result.data.help.panel) stop();
    });
    ctx.onInvalidated(stop);
    // The answer asked for early is the first opening's; every later opening asks for its own.
    let early: Promise<Result<PanelData>> | undefined = firstData;
    eachOpening(life.signal, (opening) => {
      const first = early;
      early = undefined;
      void mountPanel(ctx, opening, first);
    });
    return 'injected';
  },
});

/**
 * The panel for one composer opening, until `opening` aborts (the composer closed, consent was
 * withdrawn, or this script was replaced): then the React root is unmounted, the host removed and
 * the bridge forgets the shadow root, so nothing of ours keeps this opening's nodes alive.
 */
async function mountPanel(
  ctx: ContentScriptContext,
  opening: AbortSignal,
  firstData?: Promise<Result<PanelData>>,
): Promise<void> {
  const ui = await createShadowRootUi<Root>(openingContext(ctx, opening), {
    // A neutral host: a plain <div> at the end of <body>, whose closed shadow root the page
    // can neither read nor drive (S7). Only our isolated world holds the root (the bridge).
    name: 'div',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css,
    mode: 'closed',
    // WXT's reset is `:host{all:initial !important}`, which would beat the inline placement;
    // panel.css resets the host itself, without !important (through components/linkedin-surface.css).
    inheritStyles: true,
    onMount(container) {
      // LinkedIn's theme before the first frame, followed while this composer is open (issue 30).
      followLinkedInTheme(container, opening);
      // React's root listeners go on its own element, which leaves with this opening's tree.
      const root = createRoot(container.appendChild(document.createElement('div')));
      // A transition: React renders the first frame in slices and yields to LinkedIn's page in
      // between. Its first render also compiles most of React's own code; done in one go,
      // that was the panel's longest task (P3: 110–140 ms at 4x CPU).
      startTransition(() =>
        root.render(
          <I18nProvider>
            {/* Painted text: LinkedIn's page can neither find nor select the panel's words (issue 31). */}
            <PaintedText>
              <ComposerPanel firstData={firstData} guidelines={(context) => <PanelGuidelines {...context} />} />
            </PaintedText>
          </I18nProvider>,
        ),
      );
      return root;
    },
    onRemove(root) {
      const bridge = getBridge();
      if (bridge.panelRoot === ui.shadow) bridge.panelRoot = null;
      // Chromium keeps a named radio removed from a shadow tree in that root's radio group, and
      // with it the whole removed tree: unnamed first, the cards go even if the root is held.
      for (const radio of ui.shadow.querySelectorAll('input[type="radio"]')) radio.removeAttribute('name');
      root?.unmount();
    },
  });
  // Closed (or replaced) while the host was being made: nothing goes into the page.
  if (opening.aborted || ctx.isInvalid) return;
  ui.mount();
  getBridge().panelRoot = ui.shadow;
  followComposer(ui.shadowHost, opening, (docked) => usePanelStore.getState().setDocked(docked));
  opening.addEventListener('abort', () => ui.remove(), { once: true });
}

/**
 * The script's context as WXT's shadow-root UI sees it, for one opening: its `onInvalidated`
 * callback (the UI's remove, which holds the host and the shadow root) is taken off the
 * script's context when the opening ends, so the context does not keep every opening's panel.
 */
function openingContext(ctx: ContentScriptContext, opening: AbortSignal): ContentScriptContext {
  const scoped: ContentScriptContext = Object.create(ctx);
  scoped.onInvalidated = (cb: () => void) => {
    const off = ctx.onInvalidated(cb);
    opening.addEventListener('abort', off, { once: true });
    return off;
  };
  return scoped;
}
