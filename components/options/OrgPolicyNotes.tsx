import { useT } from '@/components/I18nProvider';
import { MANAGED_KEYS, type ManagedKey, type ManagedProblem } from '@/lib/shared/settings/managed-keys';
import { useOptionsStore } from '@/stores/options';

/**
 * One plain line for each value the organization's policy set that could not be used (wrong
 * type, an address that is not https, a key this extension does not know). The rest of the
 * policy and the page keep working.
 */
export function OrgPolicyNotes() {
  const { t } = useT('options');
  const problems = useOptionsStore((state) => state.managed.problems);
  if (problems.length === 0) return null;
  const name = (problem: ManagedProblem) =>
    (MANAGED_KEYS as string[]).includes(problem.key)
      ? t(`orgPolicy.names.${problem.key as ManagedKey}`)
      : t('orgPolicy.names.unknown', { key: problem.key });
  return (
    <div className="notice notice-warning" role="status" data-testid="org-policy-problems">
      <ul>
        {problems.map((problem) => (
          <li key={problem.key}>
            {t('orgPolicy.problem', { name: name(problem), reason: t(`orgPolicy.reasons.${problem.reason}`) })}
          </li>
        ))}
      </ul>
      <p className="hint">{t('orgPolicy.problemsHint')}</p>
    </div>
  );
}
