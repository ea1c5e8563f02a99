import { createContext, useContext, useId } from 'react';
import { useStudioT } from './i18n';
import type { CheckResult, Problem } from '@/lib/pages/studio/checks';
import { pathKey, type Path } from '@/lib/pages/studio/path';

/** The latest check results (computed off the keystroke, see use-checks). */
export const ChecksContext = createContext<CheckResult | null>(null);

/** Problems of exactly these fields. */
export function useProblems(paths: readonly Path[]): Problem[] {
  const checks = useContext(ChecksContext);
  if (!checks) return [];
  return paths.flatMap((path) => checks.byPath.get(pathKey(path)) ?? []);
}

/** One problem in plain words. */
export function ProblemText({ problem }: { problem: Problem }) {
  const { t } = useStudioT();
  return <>{t(`problem.${problem.key}`, problem.values)}</>;
}

/** The problems of a field, right below it; severity in words and icon, never colour alone. */
export function ProblemList({ problems, id }: { problems: Problem[]; id?: string }) {
  const { t } = useStudioT();
  if (problems.length === 0) return null;
  return (
    <ul className="problems" id={id}>
      {problems.map((problem, index) => (
        <li
          key={`${problem.key}-${index}`}
          className={`problem problem--${problem.severity}`}
          data-severity={problem.severity}
        >
          <span aria-hidden="true">{problem.severity === 'error' ? '✖ ' : '⚠ '}</span>
          <strong>{t(`severity.${problem.severity}`)}:</strong> <ProblemText problem={problem} />
        </li>
      ))}
    </ul>
  );
}

/** Problems for a group (an item, an object) shown at its heading. */
export function GroupProblems({ path }: { path: Path }) {
  const problems = useProblems([path]);
  const id = useId();
  return <ProblemList problems={problems} id={id} />;
}
