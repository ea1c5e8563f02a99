import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/I18nProvider';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/base.css';

createRoot(document.getElementById('root')!).render(
  <I18nProvider>
    <PopupApp />
  </I18nProvider>,
);
