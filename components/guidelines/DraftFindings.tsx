import type { MouseEvent } from 'react';
import { useT } from '@/components/I18nProvider';
import type { Finding } from '@/lib/guidelines/checks';
import type { Policy } from '@/lib/guidelines/types';

export interface DraftFindingsProps {
  /** From `useDraftChecks` (or `checkDraft`). */
  findings: Finding[];
  /** Apply the fix: `applyFix(currentDraft, finding)` / `fixEdit(...)`, through the composer's insertion path. */
  onFix: (finding: Finding) => void;
  /** Who handles criticism (Policy.criticismContact), shown with a criticism finding. */
  criticismContact?: Policy['criticismContact'];
  /**
   * Which clicks count. In LinkedIn's page the panel passes `byPerson` (lib/panel/trusted.ts):
   * the page's own synthetic clicks must not rewrite the person's draft (S7). Default: every click.
   */
  accept?: (event: MouseEvent) => boolean;
}

const ICON = { 'heads-up': '⚠', info: 'ℹ' } as const;
const always = () => true;

/** The draft's findings, listed quietly; severity by icon and word, never colour alone. Never blocks posting. */
export function DraftFindings({ findings, onFix, criticismContact, accept = always }: DraftFindingsProps) {
  const { t } = useT('guidelines');
  if (findings.length === 0) return null;
  return (
    <section className="gl-findings" aria-label={t('findingsTitle')}>
      <h3 className="gl-findings-title">
        {t('findingsTitle')} <span className="gl-count">({t('findingsCount', { count: findings.length })})</span>
      </h3>
      <ul>
        {findings.map((finding) => (
          <li key={finding.id} className={`gl-finding gl-${finding.severity}`} data-kind={finding.kind}>
            <span className="gl-severity">
              <span aria-hidden="true">{ICON[finding.severity]} </span>
              {t(`severity.${finding.severity}`)}:
            </span>{' '}
            <span className="gl-message">{t(`finding.${finding.messageKey}`, finding.values)}</span>
            {finding.kind === 'criticism' && criticismContact ? (
              <span className="gl-message"> {t('finding.criticismContact', criticismContact)}</span>
            ) : null}
            {finding.fix ? (
              <button type="button" className="gl-fix" onClick={(event) => accept(event) && onFix(finding)}>
                {t(`fix.${finding.fix.labelKey}`, { text: finding.fix.text })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="gl-note">{t('neverBlocks')}</p>
    </section>
  );
}
