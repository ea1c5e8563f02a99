import { memo, useContext, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useStudioT } from './i18n';
import { nextCount, shownCount, type IdleScheduler, type RevealSteps } from '@/lib/shared/lists/reveal';
import type { JsonObject } from '@/lib/pages/studio/path';
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
  // Deferred: a row's title follows the typing at a lower priority than the field itself.
  const items = useDeferredValue(useStudioStore((s) => s.history?.present.items ?? EMPTY));
  const selected = useStudioStore((s) => s.selected);
  const addItem = useStudioStore((s) => s.addItem);
  const checks = useContext(ChecksContext);
  // Translated once for all rows, each count once (500 rows × t() calls showed in the profiles).
  const labels = useMemo<Labels>(() => {
    const errors = new Map<number, string>();
    const warnings = new Map<number, string>();
    const cached = (cache: Map<number, string>, key: 'list.errors' | 'list.warnings', count: number) => {
      let text = cache.get(count);
      if (text === undefined) cache.set(count, (text = t(key, { count })));
      return text;
    };
    return {
      untitled: t('item.untitled'),
      errors: (count) => cached(errors, 'list.errors', count),
      warnings: (count) => cached(warnings, 'list.warnings', count),
    };
  }, [t]);
  // A screenful of rows at once (and always the selected one), the rest in slices of their own:
  // 500 rows in one commit were one long task (a transition renders in slices, but commits at
  // once), so the studio's first render waited for all of them.
  const [revealed, setRevealed] = useState(0);
  const shown = shownCount(items.length, revealed, ROW_STEPS, selected ?? -1);
  useEffect(() => {
    if (shown >= items.length) return;
    return nextTask(() => setRevealed(nextCount(items.length, shown, ROW_STEPS)));
  }, [shown, items.length]);
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

/**
 * A slice of rows is a task of its own, not idle time: the first checks of a 500-item feed
 * (8 ms slices, ./use-checks) leave the page no idle time, and idle callbacks then came only at
 * their 500 ms timeout (every row took 840 ms instead of 490). Tasks take turns with the checks.
 */
const nextTask: IdleScheduler = (work) => {
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
};

const EMPTY: JsonObject[] = [];
const ROW_STEPS: RevealSteps = { first: 30, step: 25 };

interface Labels {
  untitled: string;
  errors: (count: number) => string;
  warnings: (count: number) => string;
}
