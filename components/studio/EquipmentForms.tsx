/**
 * Issue 27 in the studio: the feed's talking points and social-media tips (Feed settings), and
 * which talking points go with an item (the item editor). Checks show next to each field as
 * everywhere else: lengths from the schema (limits in lib/shared/feed/limits.ts), both languages,
 * https links, and ids an item names that the feed lacks.
 */
import { useId } from 'react';
import { useStudioT } from './i18n';
import { LIMITS } from '@/lib/shared/feed/limits';
import type { TipSubject } from '@/lib/shared/feed/types';
import { fieldText, getIn, pathKey, type Path } from '@/lib/pages/studio/path';
import { useStudioStore, useStudioValue } from '@/stores/studio';
import { FieldGroup, GroupList, ListField, LocalizedField, SelectField, TextField } from './fields';
import { GroupProblems, ProblemList, useProblems } from './problems';

const ADV = ['_advocacy'] as const;

/**
 * The schema's TIP_SUBJECTS, spelled out so this first-frame form does not load the zod schema
 * (a deferred chunk, components/studio/deferred.ts); `satisfies` makes tsc fail when they differ.
 */
const SUBJECTS = { pictures: true, comments: true, hashtags: true, tone: true } satisfies Record<TipSubject, true>;

/** A fresh id for a new entry, not yet used in the list ("talking-point-3"). */
function freshId(prefix: string, list: readonly unknown[]): string {
  const used = new Set(list.map((entry) => fieldText(getIn(entry, ['id']))));
  let n = list.length + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** Feed settings → Talking points: question, short answer, link, topics and campaigns per entry. */
export function TalkingPointsForm() {
  const { t } = useStudioT();
  const path = [...ADV, 'talking_points'] as const;
  return (
    <FieldGroup legend={t('equipment.talkingPoints')} hint={t('equipment.talkingPointsHint')}>
      <GroupProblems path={path} />
      <GroupList
        path={path}
        groupLabel={(n) => t('equipment.talkingPointOne', { n })}
        removeLabel={(n) => t('equipment.removeTalkingPoint', { n })}
        removeText={t('remove')}
        adds={[
          {
            text: t('equipment.addTalkingPoint'),
            entry: (list) => ({ id: freshId('talking-point', list), question: {}, answer: {} }),
          },
        ]}
        heading
      >
        {(entry) => (
          <>
            <GroupProblems path={entry} />
            <TextField label={t('item.id')} path={[...entry, 'id']} hint={t('item.idHint')} />
            <LocalizedField
              label={t('equipment.question')}
              path={[...entry, 'question']}
              hint={t('equipment.questionHint', { max: LIMITS.question })}
            />
            <LocalizedField
              label={t('equipment.answer')}
              path={[...entry, 'answer']}
              hint={t('equipment.answerHint', { max: LIMITS.answer })}
              multiline
            />
            <TextField label={t('equipment.link')} path={[...entry, 'url']} type="url" />
            <ListField label={t('equipment.topics')} path={[...entry, 'topics']} />
            <ListField label={t('equipment.campaigns')} path={[...entry, 'campaigns']} />
          </>
        )}
      </GroupList>
    </FieldGroup>
  );
}

/** Feed settings → Social-media tips: text, link and subject per entry. */
export function TipsForm() {
  const { t } = useStudioT();
  const path = [...ADV, 'tips'] as const;
  return (
    <FieldGroup legend={t('equipment.tips')} hint={t('equipment.tipsHint')}>
      <GroupProblems path={path} />
      <GroupList
        path={path}
        groupLabel={(n) => t('equipment.tipOne', { n })}
        removeLabel={(n) => t('equipment.removeTip', { n })}
        removeText={t('remove')}
        adds={[{ text: t('equipment.addTip'), entry: (list) => ({ id: freshId('tip', list), text: {} }) }]}
        heading
      >
        {(entry) => (
          <>
            <GroupProblems path={entry} />
            <TextField label={t('item.id')} path={[...entry, 'id']} />
            <LocalizedField
              label={t('equipment.tipText')}
              path={[...entry, 'text']}
              hint={t('equipment.tipTextHint', { max: LIMITS.question })}
              multiline
            />
            <TextField label={t('equipment.link')} path={[...entry, 'url']} type="url" />
            <SelectField
              label={t('equipment.subject')}
              path={[...entry, 'subject']}
              options={[
                { value: '', label: t('equipment.subjectNone') },
                ...(Object.keys(SUBJECTS) as TipSubject[]).map((subject) => ({
                  value: subject,
                  label: t(`equipment.subjects.${subject}`),
                })),
              ]}
            />
          </>
        )}
      </GroupList>
    </FieldGroup>
  );
}

/**
 * The item editor's "Talking points for this item": a checkbox per talking point of the feed
 * (ticking adds its id to the item, in the order ticked); ids the item names that the feed
 * lacks stay listed, ticked, with their warning, so they can be unticked.
 */
export function AttachTalkingPoints({ index }: { index: number }) {
  const { t, language } = useStudioT();
  const id = useId();
  const path = ['items', index, '_advocacy', 'talking_points'] as const;
  const value = useStudioValue(path);
  const points = useStudioValue([...ADV, 'talking_points']);
  const setField = useStudioStore((s) => s.setField);
  const chosen = Array.isArray(value) ? value.map(fieldText) : [];
  const known = (Array.isArray(points) ? points : [])
    .map((point) => ({
      id: fieldText(getIn(point, ['id'])).trim(),
      question:
        fieldText(getIn(point, ['question', language])) ||
        fieldText(getIn(point, ['question', language === 'da' ? 'en' : 'da'])),
    }))
    .filter((point, position, all) => point.id && all.findIndex((other) => other.id === point.id) === position);
  const knownIds = new Set(known.map((point) => point.id));
  const unknown = chosen.filter((entry) => !knownIds.has(entry.trim()));
  const problems = useProblems([path, ...chosen.map((_, position) => [...path, position] as Path)]);
  const toggle = (pointId: string, on: boolean) => {
    const next = on ? [...chosen, pointId] : chosen.filter((entry) => entry !== pointId);
    setField(path, next.length ? next : undefined);
  };
  return (
    <fieldset className="group" aria-describedby={`${id}-hint`}>
      <legend>{t('equipment.attach')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {known.length ? t('equipment.attachHint') : t('equipment.attachNone')}
      </p>
      {known.map((point) => (
        <div className="field field--check" key={point.id}>
          <input
            id={`${id}-${point.id}`}
            type="checkbox"
            checked={chosen.includes(point.id)}
            data-path={pathKey(path)}
            onChange={(event) => toggle(point.id, event.target.checked)}
          />
          <label htmlFor={`${id}-${point.id}`}>
            {point.question || point.id} <span className="hint">({point.id})</span>
          </label>
        </div>
      ))}
      {unknown.map((entry) => (
        <div className="field field--check" key={`unknown-${entry}`}>
          <input
            id={`${id}-unknown-${entry}`}
            type="checkbox"
            checked
            aria-invalid
            data-path={pathKey([...path, chosen.indexOf(entry)])}
            onChange={() => toggle(entry, false)}
          />
          <label htmlFor={`${id}-unknown-${entry}`}>{t('equipment.unknown', { id: entry })}</label>
        </div>
      ))}
      <ProblemList problems={problems} />
    </fieldset>
  );
}
