import { useT } from '@/components/I18nProvider';
import {
  CONTENT_LANGUAGES,
  REMINDER_FREQUENCIES,
  UI_LANGUAGES,
  type ContentLanguage,
  type ReminderFrequency,
  type UiLanguage,
} from '@/lib/shared/settings';
import { useOptionsStore } from '@/stores/options';

export const SYNC_PERIODS_MINUTES = [60, 120, 180, 240, 360] as const;

const UI_LABEL = { auto: 'uiAuto', da: 'uiDa', en: 'uiEn' } as const satisfies Record<UiLanguage, string>;
const CONTENT_LABEL = { da: 'langDa', en: 'langEn' } as const satisfies Record<ContentLanguage, string>;
const FREQUENCY_LABEL = {
  always: 'freqAlways',
  daily: 'freqDaily',
  never: 'freqNever',
} as const satisfies Record<ReminderFrequency, string>;

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...new Set([...list, value])] : list.filter((item) => item !== value);
}

/** Any of a few, as checkboxes (inside the caller's fieldset); `onChange` gets the new list. */
function CheckList<V extends string>(props: {
  values: readonly V[];
  chosen: readonly V[];
  label: (value: V) => string;
  onChange: (chosen: V[]) => void;
}) {
  return props.values.map((value) => (
    <label key={value} className="check">
      <input
        type="checkbox"
        checked={props.chosen.includes(value)}
        onChange={(event) => props.onChange(toggle(props.chosen, value, event.target.checked))}
      />
      {props.label(value)}
    </label>
  ));
}

/** One choice of a few, as radio buttons in a fieldset. */
function RadioGroup<V extends string>(props: {
  legend: string;
  name: string;
  values: readonly V[];
  checked: V;
  label: (value: V) => string;
  /** The language a label is written in, when it is not the page's. */
  lang?: (value: V) => string | undefined;
  onChange: (value: V) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.values.map((value) => (
        <label key={value} className="check" lang={props.lang?.(value)}>
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.checked === value}
            onChange={() => props.onChange(value)}
          />
          {props.label(value)}
        </label>
      ))}
    </fieldset>
  );
}

/** Audience tags from the feed, interface and suggestion languages, reminders, sync period. */
export function PreferencesSection() {
  const { t } = useT('options');
  const preferences = useOptionsStore((state) => state.preferences);
  const overview = useOptionsStore((state) => state.overview);
  const update = useOptionsStore((state) => state.updatePreferences);
  // Offer the feed's tags plus any chosen earlier that the current feed no longer has.
  // "all" marks items for everyone: they always show, so it is not a choice.
  const offered = overview?.ok
    ? [...new Set([...overview.data.audiences, ...preferences.audiences])].filter((tag) => tag !== 'all')
    : [];

  return (
    <section aria-labelledby="prefs-heading" className="card">
      <h2 id="prefs-heading">{t('prefs.heading')}</h2>

      <fieldset>
        <legend>{t('prefs.audiences')}</legend>
        <p className="hint">{t('prefs.audiencesHint')}</p>
        {overview && !overview.ok ? (
          <p className="error">{t('prefs.audiencesError', { message: overview.error.message })}</p>
        ) : offered.length === 0 ? (
          <p className="status">{t('prefs.audiencesNone')}</p>
        ) : (
          <CheckList
            values={offered}
            chosen={preferences.audiences}
            label={(tag) => tag}
            onChange={(audiences) => void update({ audiences })}
          />
        )}
      </fieldset>

      <RadioGroup
        legend={t('prefs.uiLanguage')}
        name="ui-language"
        values={UI_LANGUAGES}
        checked={preferences.uiLanguage}
        label={(language) => t(`prefs.${UI_LABEL[language]}`)}
        lang={(language) => (language === 'auto' ? undefined : language)}
        onChange={(uiLanguage) => void update({ uiLanguage })}
      />

      <fieldset>
        <legend>{t('prefs.suggestionLanguages')}</legend>
        <p className="hint">{t('prefs.suggestionLanguagesHint')}</p>
        <CheckList
          values={CONTENT_LANGUAGES}
          chosen={preferences.suggestionLanguages}
          label={(language) => t(`prefs.${CONTENT_LABEL[language]}`)}
          onChange={(suggestionLanguages) => void update({ suggestionLanguages })}
        />
      </fieldset>

      <RadioGroup
        legend={t('prefs.reminderFrequency')}
        name="reminder-frequency"
        values={REMINDER_FREQUENCIES}
        checked={preferences.reminderFrequency}
        label={(frequency) => t(`prefs.${FREQUENCY_LABEL[frequency]}`)}
        onChange={(reminderFrequency) => void update({ reminderFrequency })}
      />

      <label className="check">
        <input
          type="checkbox"
          aria-describedby="record-unsuggested-hint"
          checked={preferences.recordUnsuggestedPosts}
          onChange={(event) => void update({ recordUnsuggestedPosts: event.target.checked })}
        />
        {t('prefs.recordUnsuggested')}
      </label>
      <p id="record-unsuggested-hint" className="hint indent">
        {t('prefs.recordUnsuggestedHint')}
      </p>

      <label htmlFor="sync-period" className="field-label">
        {t('prefs.syncPeriod')}
      </label>
      <select
        id="sync-period"
        value={preferences.syncPeriodMinutes}
        onChange={(event) => void update({ syncPeriodMinutes: Number(event.target.value) })}
      >
        {[...new Set([...SYNC_PERIODS_MINUTES, preferences.syncPeriodMinutes])]
          .sort((a, b) => a - b)
          .map((minutes) => (
            <option key={minutes} value={minutes}>
              {t('prefs.syncEvery', { count: Math.round((minutes / 60) * 10) / 10 })}
            </option>
          ))}
      </select>
    </section>
  );
}
