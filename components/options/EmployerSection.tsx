import { useT } from '@/components/I18nProvider';

/** "What your employer sees": nothing about the person (S5), said plainly. */
export function EmployerSection({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useT('options');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="employer-heading" className="card">
      <Heading id="employer-heading">{t('employer.heading')}</Heading>
      <p className="lead">{t('employer.lead')}</p>
      <p>{t('employer.body1')}</p>
      <p>{t('employer.body2')}</p>
      <p>{t('employer.body3')}</p>
    </section>
  );
}
