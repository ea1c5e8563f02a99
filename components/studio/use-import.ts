import { useStudioT } from './i18n';
import { newFeedTemplate } from '@/lib/studio/template';
import { useStudioStore } from '@/stores/studio';
import { loadImport } from './deferred';

/**
 * Imports a newsroom feed's items into the open feed (or a new one from the template). Returns a
 * problem or null. The RSS/Atom/JSON Feed parser is a chunk of its own (./deferred).
 */
export function useImportText(): (text: string, startIfNone: boolean) => Promise<string | null> {
  const { t } = useStudioT();
  return async (text, startIfNone) => {
    const { importItems } = await loadImport();
    const store = useStudioStore.getState();
    let feed = store.history?.present;
    if (!feed) {
      if (!startIfNone) return t('import.noFeed');
      store.open(newFeedTemplate());
      feed = useStudioStore.getState().history!.present;
    }
    const result = importItems(text, feed);
    if (!result.ok) {
      return t('import.invalid', { problems: result.problems.slice(0, 3).join('; ') });
    }
    if (result.items.length === 0) return t('import.nothingNew', { count: result.alreadyThere });
    useStudioStore.getState().addItems(result.items);
    return null;
  };
}
