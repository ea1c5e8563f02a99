import type { MouseEvent } from 'react';
import { Txt } from '@/components/painted-text';
import { useT } from '@/components/I18nProvider';
import type { Finding } from '@/lib/shared/guidelines/checks';
import type { Policy } from '@/lib/shared/guidelines/types';

export interface DraftFindingsProps {
  /** From `useDraftChecks` (or `checkDraft`). */
  findings: Finding[];
  /** Apply the fix: `applyFix(currentDraft, finding)` / `fixEdit(...)`, through the composer's insertion path. */
  onFix: (finding: Finding) => void;
  /** Who handles criticism (Policy.criticismContact), shown with a criticism finding. */
  criticismContact?: Policy['criticismContact'];
  /**
   * Which clicks count. In LinkedIn's page the panel passes `byPerson` (lib/shared/panel/trusted.ts):
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
        <Txt>{t('findingsTitle')}</Txt>{' '}
        <span className="gl-count">
          <Txt>{`(${t('findingsCount', { count: findings.length })})`}</Txt>
        </span>
      </h3>
      <ul>
        {findings.map((finding) => (
          <li key={finding.id} className={`gl-finding gl-${finding.severity}`} data-kind={finding.kind}>
            <span className="gl-severity">
              <span aria-hidden="true">
                <Txt>{`${ICON[finding.severity]} `}</Txt>
              </span>
              <Txt>{`${t(`severity.${finding.severity}`)}:`}</Txt>
            </span>{' '}
            <span className="gl-message">
              <Txt>{t(`finding.${finding.messageKey}`, finding.values)}</Txt>
            </span>
            {finding.kind === 'criticism' && criticismContact ? (
              <span className="gl-message">
                {' '}
                <Txt>{t('finding.criticismContact', criticismContact)}</Txt>
              </span>
            ) : null}
            {finding.fix ? (
              <button type="button" className="gl-fix" onClick={(event) => accept(event) && onFix(finding)}>
                <Txt>{t(`fix.${finding.fix.labelKey}`, { text: finding.fix.text })}</Txt>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="gl-note">
        <Txt>{t('neverBlocks')}</Txt>
      </p>
    </section>
  );
}
