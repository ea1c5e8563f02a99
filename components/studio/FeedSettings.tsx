import { useStudioT } from './i18n';
import { POLICY_TOPICS } from '@/lib/shared/guidelines/types';
import {
  DateField,
  FieldGroup,
  GroupList,
  LanguageField,
  ListField,
  LocalizedField,
  NumberField,
  SelectField,
  SwitchField,
  TextField,
} from './fields';
import { GroupProblems } from './problems';
import { TalkingPointsForm, TipsForm } from './EquipmentForms';

const ADV = ['_advocacy'] as const;

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
        <LanguageField label={t('feed.language')} path={['language']} unknown={t('item.languageUnknown')} />
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
        <TextField label={t('feed.communicationsName')} path={[...ADV, 'communications_contact', 'name']} />
        <TextField
          label={t('feed.communicationsEmail')}
          path={[...ADV, 'communications_contact', 'email']}
          type="email"
          hint={t('feed.communicationsHint')}
        />
        <GroupProblems path={[...ADV, 'communications_contact']} />
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
      <FieldGroup legend={t('feed.utm')} hint={t('feed.utmHint')}>
        <TextField label="utm_source" path={[...ADV, 'utm', 'source']} />
        <TextField label="utm_medium" path={[...ADV, 'utm', 'medium']} />
        <TextField label="utm_campaign" path={[...ADV, 'utm', 'campaign']} hint={t('feed.utmCampaignHint')} />
      </FieldGroup>
      <FieldGroup legend={t('feed.features')} hint={t('feed.featuresHint')}>
        <SwitchField label={t('feed.featurePanel')} path={[...ADV, 'features', 'panel']} />
        <SwitchField label={t('feed.featureReminders')} path={[...ADV, 'features', 'reminders']} />
        <SwitchField label={t('feed.featureChecks')} path={[...ADV, 'features', 'draft_checks']} />
      </FieldGroup>
      <FieldGroup legend={t('feed.results')} hint={t('feed.resultsHint')}>
        <GroupProblems path={[...ADV, 'results']} />
        <TextField
          label={t('feed.resultsCollector')}
          path={[...ADV, 'results', 'collector']}
          type="url"
          hint={t('feed.resultsCollectorHint')}
        />
        <ListField
          label={t('feed.resultsCampaigns')}
          path={[...ADV, 'results', 'campaigns']}
          hint={t('feed.resultsCampaignsHint')}
        />
        <NumberField
          label={t('feed.resultsMin')}
          path={[...ADV, 'results', 'min_reports']}
          hint={t('feed.resultsMinHint')}
          min={20}
          max={100000}
          step={1}
        />
      </FieldGroup>
      <Highlights />
      <TalkingPointsForm />
      <TipsForm />
    </section>
  );
}

function Reminders() {
  const { t } = useStudioT();
  const path = [...ADV, 'policy', 'reminders'] as const;
  return (
    <div className="sublist">
      <h3>{t('feed.reminders')}</h3>
      <p className="hint">{t('feed.remindersHint')}</p>
      <GroupList
        path={path}
        groupLabel={(n) => t('feed.reminderOne', { n })}
        removeLabel={(n) => t('feed.removeReminder', { n })}
        removeText={t('remove')}
        adds={[{ text: t('feed.addReminder'), entry: () => ({ topic: 'purpose', text: {} }) }]}
      >
        {(entry) => (
          <>
            <SelectField
              label={t('feed.reminderTopic')}
              path={[...entry, 'topic']}
              options={POLICY_TOPICS.map((topic) => ({ value: topic, label: t(`topic.${topic}`) }))}
            />
            <LocalizedField label={t('feed.reminderText')} path={[...entry, 'text']} multiline />
          </>
        )}
      </GroupList>
    </div>
  );
}

function Highlights() {
  const { t } = useStudioT();
  const path = [...ADV, 'highlights'] as const;
  const highlight = (kind: 'success' | 'lesson') => (list: readonly unknown[]) => ({
    id: `${kind === 'success' ? 'story' : 'lesson'}-${list.length + 1}`,
    kind,
    title: {},
    text: {},
  });
  return (
    <FieldGroup legend={t('feed.highlights')} hint={t('feed.highlightsHint')}>
      <GroupList
        path={path}
        groupLabel={(n) => t('feed.highlightOne', { n })}
        removeLabel={(n) => t('feed.removeHighlight', { n })}
        removeText={t('remove')}
        adds={[
          { text: t('feed.addSuccess'), entry: highlight('success') },
          { text: t('feed.addLesson'), entry: highlight('lesson') },
        ]}
      >
        {(entry) => (
          <>
            <GroupProblems path={entry} />
            <TextField label={t('item.id')} path={[...entry, 'id']} />
            <SelectField
              label={t('feed.highlightKind')}
              path={[...entry, 'kind']}
              options={[
                { value: 'success', label: t('feed.kindSuccess') },
                { value: 'lesson', label: t('feed.kindLesson') },
              ]}
            />
            <LocalizedField label={t('item.title')} path={[...entry, 'title']} />
            <LocalizedField label={t('feed.highlightText')} path={[...entry, 'text']} multiline />
            <TextField label={t('item.url')} path={[...entry, 'url']} type="url" />
            <DateField label={t('feed.highlightDate')} path={[...entry, 'date']} />
          </>
        )}
      </GroupList>
    </FieldGroup>
  );
}
