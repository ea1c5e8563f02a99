import { useT } from '@/components/I18nProvider';
import {
  CONTENT_LANGUAGES,
  REMINDER_FREQUENCIES,
  UI_LANGUAGES,
  type ContentLanguage,
  type ReminderFrequency,
  type UiLanguage,
} from '@/lib/settings';
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
          offered.map((tag) => (
            <label key={tag} className="check">
              <input
                type="checkbox"
                checked={preferences.audiences.includes(tag)}
                onChange={(event) =>
                  void update({ audiences: toggle(preferences.audiences, tag, event.target.checked) })
                }
              />
              {tag}
            </label>
          ))
        )}
      </fieldset>

      <fieldset>
        <legend>{t('prefs.uiLanguage')}</legend>
        {UI_LANGUAGES.map((language) => (
          <label key={language} className="check" lang={language === 'auto' ? undefined : language}>
            <input
              type="radio"
              name="ui-language"
              value={language}
              checked={preferences.uiLanguage === language}
              onChange={() => void update({ uiLanguage: language })}
            />
            {t(`prefs.${UI_LABEL[language]}`)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('prefs.suggestionLanguages')}</legend>
        <p className="hint">{t('prefs.suggestionLanguagesHint')}</p>
        {CONTENT_LANGUAGES.map((language) => (
          <label key={language} className="check">
            <input
              type="checkbox"
              checked={preferences.suggestionLanguages.includes(language)}
              onChange={(event) =>
                void update({
                  suggestionLanguages: toggle(preferences.suggestionLanguages, language, event.target.checked),
                })
              }
            />
            {t(`prefs.${CONTENT_LABEL[language]}`)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('prefs.reminderFrequency')}</legend>
        {REMINDER_FREQUENCIES.map((frequency) => (
          <label key={frequency} className="check">
            <input
              type="radio"
              name="reminder-frequency"
              value={frequency}
              checked={preferences.reminderFrequency === frequency}
              onChange={() => void update({ reminderFrequency: frequency })}
            />
            {t(`prefs.${FREQUENCY_LABEL[frequency]}`)}
          </label>
        ))}
      </fieldset>

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
