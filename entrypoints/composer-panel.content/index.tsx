import { startTransition } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { I18nProvider } from '@/components/I18nProvider';
import { PaintedText } from '@/components/painted-text';
import { ComposerPanel } from '@/components/panel/ComposerPanel';
import { PanelGuidelines } from '@/components/panel/PanelGuidelines';
import { getBridge, PANEL_MOUNTED_KEY } from '@/lib/linkedin/bridge';
import { composerClaimed, composerOnScreen, followComposer } from '@/lib/panel/follow-composer';
import { consentItem, hasConsent } from '@/lib/settings';
import { onConsentWithdrawn } from '@/lib/settings/consent-watch';
import { usePanelStore } from '@/stores/panel';
import css from '@/components/panel/panel.css?inline';

const MOUNTED = Symbol.for(PANEL_MOUNTED_KEY);
type Flagged = typeof globalThis & { [MOUNTED]?: boolean };

// Injected by the background (scripting.executeScript) only for people who opted in,
// when a composer is open. Never listed in the manifest, no web_accessible_resources.
// Mounts, places (lib/panel/follow-composer.ts) and unmounts; everything else is the panel's.
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
    if (!(await composerOnScreen(ctx.signal)) || !(await composerClaimed(ctx.signal))) {
      flagged[MOUNTED] = false;
      return 'no-composer';
    }
    const controller = new AbortController();
    const ui = await createShadowRootUi<Root>(ctx, {
      // A neutral host: a plain <div> at the end of <body>, whose closed shadow root the page
      // can neither read nor drive (S7). Only our isolated world holds the root (the bridge).
      name: 'div',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css,
      mode: 'closed',
      // WXT's reset is `:host{all:initial !important}`, which would beat the inline placement;
      // panel.css resets the host itself (without !important) instead.
      inheritStyles: true,
      onMount(container) {
        const root = createRoot(container);
        // A transition: React renders the first frame in slices and yields to LinkedIn's page in
        // between. Its first render also compiles most of React's own code; done in one go,
        // that was the panel's longest task (P3: 110–140 ms at 4x CPU).
        startTransition(() =>
          root.render(
            <I18nProvider>
              {/* Painted text: LinkedIn's page can neither find nor select the panel's words (issue 31). */}
              <PaintedText>
                <ComposerPanel guidelines={(context) => <PanelGuidelines {...context} />} />
              </PaintedText>
            </I18nProvider>,
          ),
        );
        return root;
      },
      onRemove(root) {
        controller.abort();
        getBridge().panelRoot = null;
        root?.unmount();
        flagged[MOUNTED] = false;
      },
    });
    // A second injection racing this one may have mounted meanwhile.
    if (ctx.isInvalid) return 'already-open';
    ui.mount();
    getBridge().panelRoot = ui.shadow;
    followComposer(ui.shadowHost, controller.signal, (docked) => usePanelStore.getState().setDocked(docked));
    // Withdrawn consent removes the panel at once (both off), or keeps only reminders.
    controller.signal.addEventListener(
      'abort',
      onConsentWithdrawn(['panel', 'reminders'], () => ui.remove()),
    );
    ctx.onInvalidated(() => ui.remove());
    return 'injected';
  },
});
