import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { I18nProvider } from '@/components/I18nProvider';
import { ComposerPanel } from '@/components/panel/ComposerPanel';
import { onConsentWithdrawn } from '@/lib/settings/consent-watch';
import css from './style.css?inline';

const MOUNTED = Symbol.for('advocacy.composerPanel');
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
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'advocacy-panel',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css,
      mode: 'open',
      onMount(container) {
        const root = createRoot(container);
        root.render(
          <I18nProvider>
            <ComposerPanel />
          </I18nProvider>,
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
        flagged[MOUNTED] = false;
      },
    });
    // A second injection racing this one may have mounted meanwhile.
    if (ctx.isInvalid) return 'already-open';
    ui.mount();
    // Consent withdrawn in the options page: the panel leaves this open tab at once (S6).
    ctx.onInvalidated(onConsentWithdrawn(['panel', 'reminders'], () => ui.remove()));
    return 'injected';
  },
});
