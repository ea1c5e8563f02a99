import { memo, useContext } from 'react';
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
}: {
  item: JsonObject;
  index: number;
  selected: boolean;
  errors: number;
  warnings: number;
}) {
  const { t } = useStudioT();
  const select = useStudioStore((s) => s.select);
  return (
    <li>
      <button
        type="button"
        className={`item-row${selected ? ' item-row--selected' : ''}`}
        aria-current={selected ? 'true' : undefined}
        onClick={() => select(index)}
      >
        <span className="item-row__title">{titleOf(item) || t('item.untitled')}</span>
        {errors ? <span className="badge badge--error">{t('list.errors', { count: errors })}</span> : null}
        {warnings ? <span className="badge badge--warning">{t('list.warnings', { count: warnings })}</span> : null}
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
  return (
    <div className="item-list">
      <h2 id="items-heading">{t('list.heading', { count: items.length })}</h2>
      <button type="button" className="button" onClick={addItem}>
        {t('list.add')}
      </button>
      <ol aria-labelledby="items-heading">
        {items.map((item, index) => (
          <Row
            key={index}
            item={item}
            index={index}
            selected={index === selected}
            errors={checks?.perItem[index]?.[0] ?? 0}
            warnings={checks?.perItem[index]?.[1] ?? 0}
          />
        ))}
      </ol>
    </div>
  );
}

const EMPTY: JsonObject[] = [];
