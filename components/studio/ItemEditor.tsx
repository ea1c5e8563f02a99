import { memo } from 'react';
import { useStudioT } from './i18n';
import { getIn, type JsonObject } from '@/lib/pages/studio/path';
import { useStudioStore } from '@/stores/studio';
import {
  DateField,
  FieldGroup,
  GroupList,
  LanguageField,
  ListField,
  LocalizedField,
  SwitchField,
  TextField,
} from './fields';
import { GroupProblems } from './problems';
import { AttachTalkingPoints } from './EquipmentForms';

/** Everything one item holds: the JSON Feed fields and our `_advocacy` extension. */
export const ItemEditor = memo(function ItemEditor({ index }: { index: number }) {
  const { t } = useStudioT();
  // Only the title and whether the item exists: typing in a field re-renders that field, not the form.
  const title = useStudioStore((s) => {
    const item = s.history?.present.items[index];
    return item ? titleOf(item) : null;
  });
  if (title === null) return null;
  const base = ['items', index] as const;
  const adv = [...base, '_advocacy'] as const;
  return (
    <section className="editor" aria-labelledby="item-heading">
      <h2 id="item-heading">{t('item.heading', { n: index + 1, title })}</h2>
      <ItemActions index={index} />
      <GroupProblems path={base} />
      <fieldset className="group">
        <legend>{t('item.source')}</legend>
        <TextField label={t('item.id')} path={[...base, 'id']} hint={t('item.idHint')} />
        <TextField label={t('item.url')} path={[...base, 'url']} type="url" />
        <TextField label={t('item.plainTitle')} path={[...base, 'title']} hint={t('item.plainTitleHint')} />
        <TextField label={t('item.plainSummary')} path={[...base, 'summary']} multiline />
        <LanguageField label={t('item.language')} path={[...base, 'language']} unknown={t('item.languageUnknown')} />
        <DateField label={t('item.published')} path={[...base, 'date_published']} />
      </fieldset>
      <fieldset className="group">
        <legend>{t('item.forEmployees')}</legend>
        <LocalizedField label={t('item.title')} path={[...adv, 'title']} />
        <LocalizedField label={t('item.summary')} path={[...adv, 'summary']} multiline />
        <TextField label={t('item.campaign')} path={[...adv, 'campaign']} hint={t('item.campaignHint')} />
        <SwitchField
          label={t('item.featured')}
          path={[...adv, 'featured']}
          hint={t('item.featuredHint')}
          byDefault={false}
        />
        <DateField label={t('item.expires')} path={[...adv, 'expires']} hint={t('item.expiresHint')} />
        <ListField label={t('item.audiences')} path={[...adv, 'audiences']} />
        <ListField label={t('item.topics')} path={[...adv, 'topics']} />
        <ListField label={t('item.hashtags')} path={[...adv, 'hashtags']} />
      </fieldset>
      <Variants path={[...adv, 'variants']} />
      <Prompts path={[...adv, 'prompts']} />
      <AttachTalkingPoints index={index} />
    </section>
  );
});

export function titleOf(item: JsonObject): string {
  const value =
    getIn(item, ['_advocacy', 'title', 'en']) ?? getIn(item, ['_advocacy', 'title', 'da']) ?? item.title ?? item.id;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export function ItemActions({ index }: { index: number }) {
  const { t } = useStudioT();
  const count = useStudioStore((s) => s.history?.present.items.length ?? 0);
  const moveItem = useStudioStore((s) => s.moveItem);
  const duplicate = useStudioStore((s) => s.duplicateItem);
  const remove = useStudioStore((s) => s.deleteItem);
  return (
    <div className="actions" role="group" aria-label={t('item.actions')}>
      <button type="button" className="button" disabled={index === 0} onClick={() => moveItem(index, index - 1)}>
        {t('item.moveUp')}
      </button>
      <button type="button" className="button" disabled={index >= count - 1} onClick={() => moveItem(index, index + 1)}>
        {t('item.moveDown')}
      </button>
      <button type="button" className="button" onClick={() => duplicate(index)}>
        {t('item.duplicate')}
      </button>
      <button type="button" className="button button--danger" onClick={() => remove(index)}>
        {t('item.delete')}
      </button>
    </div>
  );
}

type ItemAdvocacyPath<K extends string> = readonly ['items', number, '_advocacy', K];

function Variants({ path }: { path: ItemAdvocacyPath<'variants'> }) {
  const { t } = useStudioT();
  return (
    <FieldGroup legend={t('variants.heading')} hint={t('variants.hint')}>
      <GroupProblems path={path} />
      <GroupList
        path={path}
        groupLabel={(n) => t('variants.one', { n })}
        removeLabel={(n) => t('variants.removeOne', { n })}
        removeText={t('variants.remove')}
        adds={[
          { text: t('variants.addDa'), entry: () => ({ language: 'da' }) },
          { text: t('variants.addEn'), entry: () => ({ language: 'en' }) },
        ]}
        heading
      >
        {(entry) => (
          <>
            <LanguageField label={t('variants.language')} path={[...entry, 'language']} />
            <TextField label={t('variants.angle')} path={[...entry, 'angle']} hint={t('variants.angleHint')} />
            <TextField label={t('variants.text')} path={[...entry, 'text']} multiline rows={5} />
          </>
        )}
      </GroupList>
    </FieldGroup>
  );
}

function Prompts({ path }: { path: ItemAdvocacyPath<'prompts'> }) {
  const { t } = useStudioT();
  return (
    <FieldGroup legend={t('prompts.heading')} hint={t('prompts.hint')}>
      <GroupList
        path={path}
        removeLabel={(n) => t('prompts.removeOne', { n })}
        removeText={t('prompts.remove')}
        adds={[{ text: t('prompts.add'), entry: () => ({}) }]}
      >
        {(entry, index) => <LocalizedField label={t('prompts.one', { n: index + 1 })} path={entry} />}
      </GroupList>
    </FieldGroup>
  );
}
