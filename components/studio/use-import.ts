import { useStudioT } from './i18n';
import { importItems } from '@/lib/studio/import-items';
import { newFeedTemplate } from '@/lib/studio/template';
import { useStudioStore } from '@/stores/studio';

/** Imports a newsroom feed's items into the open feed (or a new one from the template). Returns a problem or null. */
export function useImportText(): (text: string, startIfNone: boolean) => string | null {
  const { t } = useStudioT();
  return (text, startIfNone) => {
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
