import { useStudioT } from './i18n';
import { POLICY_TOPICS } from '@/lib/guidelines/types';
import type { Path } from '@/lib/studio/path';
import { useStudioStore, useStudioValue } from '@/stores/studio';
import { DateField, ListField, LocalizedField, NumberField, SelectField, SwitchField, TextField } from './fields';
import { GroupProblems } from './problems';

const ADV: Path = ['_advocacy'];

/** The feed's own settings: organization, policy, rules, campaign defaults, switches, highlights. */
export function FeedSettings() {
  const { t } = useStudioT();
  return (
    <section className="editor" aria-labelledby="feed-heading">
      <h2 id="feed-heading">{t('feed.heading')}</h2>
      <GroupProblems path={[]} />
      <fieldset className="group">
        <legend>{t('feed.basics')}</legend>
        <TextField label={t('feed.title')} path={['title']} hint={t('feed.titleHint')} />
        <TextField label={t('feed.homePage')} path={['home_page_url']} type="url" />
        <TextField label={t('feed.feedUrl')} path={['feed_url']} type="url" hint={t('feed.feedUrlHint')} />
        <TextField label={t('feed.description')} path={['description']} multiline />
        <SelectField
          label={t('feed.language')}
          path={['language']}
          options={[
            { value: '', label: t('item.languageUnknown') },
            { value: 'da', label: t('danish') },
            { value: 'en', label: t('english') },
          ]}
        />
      </fieldset>
      <fieldset className="group">
        <legend>{t('feed.organization')}</legend>
        <GroupProblems path={[...ADV, 'organization']} />
        <TextField label={t('feed.orgName')} path={[...ADV, 'organization', 'name']} />
        <TextField label={t('feed.orgLinkedin')} path={[...ADV, 'organization', 'linkedin_url']} type="url" />
        <ListField
          label={t('feed.orgDomains')}
          path={[...ADV, 'organization', 'domains']}
          hint={t('feed.orgDomainsHint')}
        />
      </fieldset>
      <fieldset className="group">
        <legend>{t('feed.policy')}</legend>
        <TextField label={t('feed.policyUrl')} path={[...ADV, 'policy', 'url']} type="url" />
        <LocalizedField label={t('feed.purpose')} path={[...ADV, 'policy', 'purpose']} multiline />
        <Reminders />
        <TextField label={t('feed.criticismName')} path={[...ADV, 'criticism_contact', 'name']} />
        <TextField
          label={t('feed.criticismContact')}
          path={[...ADV, 'criticism_contact', 'contact']}
          hint={t('feed.criticismHint')}
        />
        <GroupProblems path={[...ADV, 'criticism_contact']} />
      </fieldset>
      <fieldset className="group">
        <legend>{t('feed.rules')}</legend>
        <ListField
          label={t('feed.confidential')}
          path={[...ADV, 'rules', 'confidential_terms']}
          hint={t('feed.confidentialHint')}
        />
        <ListField label={t('feed.mention')} path={[...ADV, 'rules', 'mention_terms']} hint={t('feed.mentionHint')} />
        <ListField
          label={t('feed.disclosure')}
          path={[...ADV, 'rules', 'disclosure_phrases']}
          hint={t('feed.disclosureHint')}
        />
        <NumberField
          label={t('feed.similarity')}
          path={[...ADV, 'rules', 'similarity_threshold']}
          hint={t('feed.similarityHint')}
          min={0.5}
          max={1}
          step={0.05}
        />
        <NumberField label={t('feed.maxHashtags')} path={[...ADV, 'rules', 'max_hashtags']} min={0} max={30} step={1} />
        <ListField label={t('feed.criticismDa')} path={[...ADV, 'rules', 'criticism_keywords', 'da']} />
        <ListField label={t('feed.criticismEn')} path={[...ADV, 'rules', 'criticism_keywords', 'en']} />
      </fieldset>
      <fieldset className="group">
        <legend>{t('feed.utm')}</legend>
        <p className="hint">{t('feed.utmHint')}</p>
        <TextField label="utm_source" path={[...ADV, 'utm', 'source']} />
        <TextField label="utm_medium" path={[...ADV, 'utm', 'medium']} />
        <TextField label="utm_campaign" path={[...ADV, 'utm', 'campaign']} hint={t('feed.utmCampaignHint')} />
      </fieldset>
      <fieldset className="group">
        <legend>{t('feed.features')}</legend>
        <p className="hint">{t('feed.featuresHint')}</p>
        <SwitchField label={t('feed.featurePanel')} path={[...ADV, 'features', 'panel']} />
        <SwitchField label={t('feed.featureReminders')} path={[...ADV, 'features', 'reminders']} />
        <SwitchField label={t('feed.featureChecks')} path={[...ADV, 'features', 'draft_checks']} />
      </fieldset>
      <Highlights />
    </section>
  );
}

function Reminders() {
  const { t } = useStudioT();
  const path: Path = [...ADV, 'policy', 'reminders'];
  const reminders = useStudioValue(path);
  const setField = useStudioStore((s) => s.setField);
  const list = Array.isArray(reminders) ? reminders : [];
  return (
    <div className="sublist">
      <h3>{t('feed.reminders')}</h3>
      <p className="hint">{t('feed.remindersHint')}</p>
      {list.map((_, index) => (
        <div className="variant-editor" key={index} role="group" aria-label={t('feed.reminderOne', { n: index + 1 })}>
          <SelectField
            label={t('feed.reminderTopic')}
            path={[...path, index, 'topic']}
            options={POLICY_TOPICS.map((topic) => ({ value: topic, label: t(`topic.${topic}`) }))}
          />
          <LocalizedField label={t('feed.reminderText')} path={[...path, index, 'text']} multiline />
          <button
            type="button"
            className="button"
            aria-label={t('feed.removeReminder', { n: index + 1 })}
            onClick={() => {
              const next = list.filter((__, i) => i !== index);
              setField(path, next.length ? next : undefined);
            }}
          >
            {t('remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button"
        onClick={() => setField(path, [...list, { topic: 'purpose', text: {} }])}
      >
        {t('feed.addReminder')}
      </button>
    </div>
  );
}

function Highlights() {
  const { t } = useStudioT();
  const path: Path = [...ADV, 'highlights'];
  const highlights = useStudioValue(path);
  const setField = useStudioStore((s) => s.setField);
  const list = Array.isArray(highlights) ? highlights : [];
  return (
    <fieldset className="group">
      <legend>{t('feed.highlights')}</legend>
      <p className="hint">{t('feed.highlightsHint')}</p>
      {list.map((_, index) => (
        <div className="variant-editor" key={index} role="group" aria-label={t('feed.highlightOne', { n: index + 1 })}>
          <GroupProblems path={[...path, index]} />
          <TextField label={t('item.id')} path={[...path, index, 'id']} />
          <SelectField
            label={t('feed.highlightKind')}
            path={[...path, index, 'kind']}
            options={[
              { value: 'success', label: t('feed.kindSuccess') },
              { value: 'lesson', label: t('feed.kindLesson') },
            ]}
          />
          <LocalizedField label={t('item.title')} path={[...path, index, 'title']} />
          <LocalizedField label={t('feed.highlightText')} path={[...path, index, 'text']} multiline />
          <TextField label={t('item.url')} path={[...path, index, 'url']} type="url" />
          <DateField label={t('feed.highlightDate')} path={[...path, index, 'date']} />
          <button
            type="button"
            className="button"
            aria-label={t('feed.removeHighlight', { n: index + 1 })}
            onClick={() => {
              const next = list.filter((__, i) => i !== index);
              setField(path, next.length ? next : undefined);
            }}
          >
            {t('remove')}
          </button>
        </div>
      ))}
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            setField(path, [...list, { id: `story-${list.length + 1}`, kind: 'success', title: {}, text: {} }])
          }
        >
          {t('feed.addSuccess')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            setField(path, [...list, { id: `lesson-${list.length + 1}`, kind: 'lesson', title: {}, text: {} }])
          }
        >
          {t('feed.addLesson')}
        </button>
      </div>
    </fieldset>
  );
}
