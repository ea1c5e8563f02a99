/** Renders a component in one interface language, as every surface does through I18nProvider. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '@/components/I18nProvider';
import type { Language } from '@/lib/i18n';

export function renderIn(language: Language, ui: ReactElement) {
  return render(<I18nProvider language={language}>{ui}</I18nProvider>);
}
