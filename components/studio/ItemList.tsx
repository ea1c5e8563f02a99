import { memo, startTransition, useContext, useEffect, useMemo, useState } from 'react';
import { useStudioT } from './i18n';
import type { JsonObject } from '@/lib/studio/path';
import { useStudioStore } from '@/stores/studio';
import { titleOf } from './ItemEditor';
import { ChecksContext } from './problems';

const Row = memo(function Row({
  item,
  index,
  selected,
  errors,
  warnings,
  labels,
}: {
  item: JsonObject;
  index: number;
  selected: boolean;
  errors: number;
  warnings: number;
  labels: Labels;
}) {
  const select = useStudioStore((s) => s.select);
  return (
    <li>
      <button
        type="button"
        className={`item-row${selected ? ' item-row--selected' : ''}`}
        aria-current={selected ? 'true' : undefined}
        onClick={() => select(index)}
      >
        <span className="item-row__title">{titleOf(item) || labels.untitled}</span>
        {errors ? <span className="badge badge--error">{labels.errors(errors)}</span> : null}
        {warnings ? <span className="badge badge--warning">{labels.warnings(warnings)}</span> : null}
      </button>
    </li>
  );
});

/** The feed's items in order; a click (or Enter) opens one in the editor. */
export function ItemList() {
  const { t } = useStudioT();
  const items = useStudioStore((s) => s.history?.present.items ?? EMPTY);
  const selected = useStudioStore((s) => s.selected);
  const addItem = useStudioStore((s) => s.addItem);
  const checks = useContext(ChecksContext);
  // Translated once for all rows (500 rows × t() calls showed in the typing profile).
  const labels = useMemo<Labels>(
    () => ({
      untitled: t('item.untitled'),
      errors: (count) => t('list.errors', { count }),
      warnings: (count) => t('list.warnings', { count }),
    }),
    [t],
  );
  // The first rows at once, the rest as a transition (React renders it in slices): a 500-item
  // feed is on screen without one long task.
  const [limit, setLimit] = useState(FIRST_ROWS);
  const selectedRow = selected ?? 0;
  useEffect(() => {
    if (limit < items.length) startTransition(() => setLimit(items.length));
  }, [limit, items.length]);
  const shown = Math.max(limit, Math.min(items.length, selectedRow + 1));
  return (
    <div className="item-list">
      <h2 id="items-heading">{t('list.heading', { count: items.length })}</h2>
      <button type="button" className="button" onClick={addItem}>
        {t('list.add')}
      </button>
      <ol aria-labelledby="items-heading">
        {items.slice(0, shown).map((item, index) => (
          <Row
            key={index}
            item={item}
            index={index}
            selected={index === selected}
            errors={checks?.perItem[index]?.[0] ?? 0}
            warnings={checks?.perItem[index]?.[1] ?? 0}
            labels={labels}
          />
        ))}
      </ol>
    </div>
  );
}

const EMPTY: JsonObject[] = [];
const FIRST_ROWS = 40;

interface Labels {
  untitled: string;
  errors: (count: number) => string;
  warnings: (count: number) => string;
}
