import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/I18nProvider';
import { OptionsApp } from '@/components/options/OptionsApp';
import { useOptionsStore } from '@/stores/options';
import '@/components/base.css';
import '@/components/options/options.css';

// The settings are read while React builds its first frame, not after it (P9: the consent
// switches wait for them). OptionsApp shares this reading.
useOptionsStore.getState().start();

createRoot(document.getElementById('root')!).render(
  <I18nProvider>
    <OptionsApp />
  </I18nProvider>,
);
