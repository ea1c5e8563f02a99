import { useT } from '@/components/I18nProvider';
import type { WeekCount } from '@/lib/shared/stats/types';
import { formatLocalDate } from './format';

const WIDTH = 328;
const HEIGHT = 96;
const LABEL_SPACE = 16;
const GAP = 6;

/**
 * Shares per ISO week as a small SVG bar chart. The drawing is decorative for assistive
 * technology; the same numbers are in a visually hidden table right after it.
 */
export function WeekChart({ weeks }: { weeks: WeekCount[] }) {
  const { t, language } = useT('popup');
  const max = Math.max(1, ...weeks.map((week) => week.count));
  const barWidth = (WIDTH - GAP * (weeks.length - 1)) / weeks.length;
  const plot = HEIGHT - LABEL_SPACE;
  return (
    <figure className="pp-chart">
      <svg
        width="100%"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        aria-hidden="true"
        focusable="false"
        data-testid="week-chart"
      >
        {weeks.map((week, i) => {
          const height = week.count === 0 ? 2 : Math.max(4, (week.count / max) * (plot - 14));
          const x = i * (barWidth + GAP);
          const current = i === weeks.length - 1;
          return (
            <g key={week.start}>
              <title>
                {t('chart.bar', { count: week.count, week: week.isoWeek, date: formatLocalDate(week.start, language) })}
              </title>
              <rect
                x={x}
                y={plot - height}
                width={barWidth}
                height={height}
                rx={2}
                className={week.count === 0 ? 'pp-bar-empty' : current ? 'pp-bar-current' : 'pp-bar'}
              />
              {week.count > 0 ? (
                <text x={x + barWidth / 2} y={plot - height - 3} textAnchor="middle" className="pp-bar-value">
                  {week.count}
                </text>
              ) : null}
              {i % 2 === 1 || current ? (
                <text x={x + barWidth / 2} y={HEIGHT - 3} textAnchor="middle" className="pp-bar-label">
                  {week.isoWeek}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{t('chart.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.week')}</th>
            <th scope="col">{t('chart.from')}</th>
            <th scope="col">{t('chart.shares')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.start}>
              <th scope="row">{t('chart.weekNumber', { week: week.isoWeek })}</th>
              <td>{formatLocalDate(week.start, language)}</td>
              <td>{week.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
