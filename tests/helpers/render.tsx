/** Renders a component in one interface language, as every surface does through I18nProvider. */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nProvider } from '@/components/I18nProvider';
import type { Language } from '@/lib/shared/i18n';

/** Like Testing Library's `render`; `rerender` keeps the same language around the new tree. */
export function renderIn(language: Language, ui: ReactNode) {
  const inLanguage = (node: ReactNode) => <I18nProvider language={language}>{node}</I18nProvider>;
  const result = render(inLanguage(ui));
  return { ...result, rerender: (next: ReactNode) => result.rerender(inLanguage(next)) };
}
