import { useEffect, useState, type FormEvent } from 'react';
import { useStudioT } from './i18n';
import { useStorageItem } from '@/components/use-storage-item';
import type { Path } from '@/lib/pages/studio/path';
import {
  asPercents,
  fetchResults,
  monthName,
  recentPeriods,
  resultHighlight,
  type QuestionFigure,
  type ReadResults,
} from '@/lib/pages/studio/results';
import { resultsTokenItem } from '@/lib/shared/studio/results-token';
import { useStudioStore, useStudioValue } from '@/stores/studio';

const RESULTS: Path = ['_advocacy', 'results'];
const HIGHLIGHTS: Path = ['_advocacy', 'highlights'];
type Figure = Extract<QuestionFigure, { tooFew: false }>;

/**
 * The Results tab (issue 26): reads the collector the feed names with the results token, and
 * shows per campaign and for "anything" the range of colleagues who shared, drawn as a bar;
 * "too few reports" below the minimum; one click makes a figure a highlight of the feed.
 */
export function ResultsView() {
  const { t, language } = useStudioT();
  const collector = useStudioValue([...RESULTS, 'collector']);
  const minReports = useStudioValue([...RESULTS, 'min_reports']);
  const stored = useStorageItem(resultsTokenItem);
  const [token, setToken] = useState('');
  const [keep, setKeep] = useState(false);
  const periods = recentPeriods(new Date());
  const [period, setPeriod] = useState(periods[0]!);
  const [reading, setReading] = useState(false);
  const [answer, setAnswer] = useState<ReadResults | null>(null);
  const [added, setAdded] = useState<string[]>([]);

  // A token kept on this device is filled in once it is read.
  useEffect(() => {
    if (stored) {
      setToken((current) => current || stored);
      setKeep(true);
    }
  }, [stored]);

  if (typeof collector !== 'string' || !collector) {
    return (
      <section className="editor" aria-labelledby="results-heading">
        <h2 id="results-heading">{t('results.heading')}</h2>
        <p className="hint">{t('results.intro')}</p>
        <p className="notice">{t('results.noCollector')}</p>
      </section>
    );
  }
  const min = typeof minReports === 'number' ? minReports : 20;

  const read = async (event: FormEvent) => {
    event.preventDefault();
    if (!token) return;
    setReading(true);
    setAdded([]);
    if (keep) await resultsTokenItem.setValue(token);
    setAnswer(await fetchResults(collector, period, min, token));
    setReading(false);
  };
  const forget = async () => {
    await resultsTokenItem.removeValue();
    setKeep(false);
    setToken('');
  };
  const changeKeep = async (next: boolean) => {
    setKeep(next);
    // Unticking forgets the kept copy at once; ticking keeps it at the next read.
    if (!next) await resultsTokenItem.removeValue();
  };

  const addHighlight = (figure: Figure) => {
    const entry = resultHighlight(period, figure, new Date());
    const state = useStudioStore.getState();
    const present = state.history?.present as { _advocacy?: { highlights?: { id?: unknown }[] } } | undefined;
    const list = (present?._advocacy?.highlights ?? []).filter((highlight) => highlight.id !== entry.id);
    state.setField(HIGHLIGHTS, [...list, entry]);
    setAdded((current) => [...current, figure.question]);
  };

  const month = monthName(period, language === 'da' ? 'da' : 'en');
  const results = answer?.ok ? answer.results : null;
  // "anything" first, then the campaigns by name.
  const questions = results
    ? [...results.questions].sort((a, b) =>
        a.question === 'any' ? -1 : b.question === 'any' ? 1 : a.question.localeCompare(b.question),
      )
    : [];

  return (
    <section className="editor results-view" aria-labelledby="results-heading">
      <h2 id="results-heading">{t('results.heading')}</h2>
      <p className="hint">{t('results.intro')}</p>
      <form className="group" onSubmit={(event) => void read(event)}>
        <label className="field">
          <span>{t('results.token')}</span>
          <input
            type="password"
            autoComplete="off"
            value={token}
            onChange={(event) => setToken(event.target.value)}
            aria-describedby="results-token-hint"
          />
        </label>
        <p className="hint" id="results-token-hint">
          {t('results.tokenHint')}
        </p>
        <label className="row">
          <input type="checkbox" checked={keep} onChange={(event) => void changeKeep(event.target.checked)} />{' '}
          {t('results.keep')}
        </label>
        <p className="hint">{keep ? t('results.kept') : t('results.notKept')}</p>
        <label className="field">
          <span>{t('results.month')}</span>
          <select value={period} onChange={(event) => setPeriod(event.target.value)}>
            {periods.map((value) => (
              <option key={value} value={value}>
                {monthName(value, language === 'da' ? 'da' : 'en')}
              </option>
            ))}
          </select>
        </label>
        <div className="row">
          <button type="submit" className="button primary" disabled={!token || reading}>
            {reading ? t('results.reading') : t('results.show')}
          </button>
          {stored ? (
            <button type="button" className="button" onClick={() => void forget()}>
              {t('results.forget')}
            </button>
          ) : null}
        </div>
      </form>
      {answer && !answer.ok ? (
        <p className="notice notice-error" role="alert">
          {t(`results.error.${answer.reason}`, { status: answer.status ?? '' })}
        </p>
      ) : null}
      {results && questions.length === 0 ? <p role="status">{t('results.none', { month })}</p> : null}
      {questions.length ? (
        <ul className="results-list" aria-live="polite">
          {questions.map((figure) => {
            const campaign = figure.question.startsWith('campaign:') ? figure.question.slice(9) : null;
            return (
              <li key={figure.question} className="result">
                <h3>{campaign ? t('results.campaign', { campaign }) : t('results.anything')}</h3>
                {figure.tooFew ? (
                  <p>{t('results.tooFew', { n: figure.n, min: results?.minReports ?? min })}</p>
                ) : (
                  <FigureView
                    figure={figure}
                    text={
                      campaign
                        ? t('results.figureCampaign', { ...asPercents(figure), campaign, month })
                        : t('results.figureAnything', { ...asPercents(figure), month })
                    }
                    added={added.includes(figure.question)}
                    onHighlight={() => addHighlight(figure)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}

function FigureView(props: { figure: Figure; text: string; added: boolean; onHighlight: () => void }) {
  const { t } = useStudioT();
  const percents = asPercents(props.figure);
  return (
    <>
      <p>{props.text}</p>
      <IntervalBar {...percents} label={t('results.bar', percents)} />
      <p className="hint">{t('results.detail', { n: props.figure.n, estimate: percents.estimate })}</p>
      {props.added ? (
        <p role="status">{t('results.highlighted')}</p>
      ) : (
        <button type="button" className="button" onClick={props.onHighlight}>
          {t('results.highlight')}
        </button>
      )}
    </>
  );
}

/** The 95 % range drawn on a 0–100 % scale, with the best estimate as a mark. */
export function IntervalBar({
  low,
  high,
  estimate,
  label,
}: {
  low: number;
  high: number;
  estimate: number;
  label: string;
}) {
  return (
    <svg className="interval-bar" viewBox="0 0 100 12" preserveAspectRatio="none" role="img" aria-label={label}>
      <rect className="interval-track" x="0" y="4" width="100" height="4" rx="2" />
      <rect
        className="interval-range"
        data-testid="interval-range"
        x={low}
        y="2"
        width={Math.max(0.5, high - low)}
        height="8"
        rx="2"
      />
      <rect
        className="interval-estimate"
        x={Math.min(99.5, Math.max(0, estimate - 0.25))}
        y="0"
        width="0.5"
        height="12"
      />
    </svg>
  );
}
