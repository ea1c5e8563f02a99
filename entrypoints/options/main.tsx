import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/I18nProvider';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/base.css';
import '@/components/options/options.css';

createRoot(document.getElementById('root')!).render(
  <I18nProvider>
    <OptionsApp />
  </I18nProvider>,
);
