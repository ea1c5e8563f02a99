import { useStudioT } from './i18n';
import { problemText } from '@/lib/pages/problem-text';
import { newFeedTemplate } from '@/lib/pages/studio/template';
import { useStudioStore } from '@/stores/studio';
import { loadImport } from './deferred';

/**
 * Imports a newsroom feed's items into the open feed (or a new one from the template). Returns a
 * problem or null. The RSS/Atom/JSON Feed parser is a chunk of its own (./deferred).
 */
export function useImportText(): (
  text: string,
  startIfNone: boolean,
  source?: { url?: string | null; contentType?: string | null; foundOn?: string | null },
) => Promise<string | null> {
  const { t, language } = useStudioT();
  return async (text, startIfNone, source = {}) => {
    const { importItems, fillFromNewsroom } = await loadImport();
    const store = useStudioStore.getState();
    let feed = store.history?.present;
    if (!feed) {
      if (!startIfNone) return t('import.noFeed');
      store.open(newFeedTemplate());
      feed = useStudioStore.getState().history!.present;
    }
    const result = importItems(text, feed, { url: source.url ?? null, contentType: source.contentType ?? null });
    if (!result.ok) {
      return t('import.invalid', {
        problems: result.issues
          .slice(0, 3)
          .map((issue) => problemText(issue, language))
          .join('; '),
      });
    }
    if (result.items.length === 0) return t('import.nothingNew', { count: result.alreadyThere });
    const facts = result.facts;
    useStudioStore.getState().addItems(result.items, (f) => fillFromNewsroom(f, facts, source.foundOn ?? null));
    return null;
  };
}
