/**
 * What the collector keeps (README, "Programme results › Collector"): for each (period,
 * question) the number of reports and the number of 1s. Nothing else: no report, no address,
 * no user agent, no time finer than the period.
 */
import type { Bit } from '../../worker/results/randomize';

export interface Count {
  question: string;
  /** Reports counted for this question. */
  reports: number;
  /** Of those, how many answered 1. */
  ones: number;
}

export interface Answer {
  question: string;
  answer: Bit;
}

/** The most questions one period may have: one report cannot make the store grow without end. */
export const MAX_QUESTIONS_PER_PERIOD = 200;

export type AddResult = 'counted' | 'too-many-questions';

export interface CountStore {
  readonly kind: 'sqlite' | 'postgres' | 'pglite';
  /** Counts one report's answers, all of them or none. */
  add(period: string, answers: readonly Answer[]): Promise<AddResult>;
  /** Every question of a period, `any` first, then the campaigns in order. */
  read(period: string): Promise<Count[]>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const TABLE = 'results_counts';

/**
 * The table, in SQL that PostgreSQL, PGlite and SQLite all read alike; `suffix` for what one
 * engine adds (SQLite: `WITHOUT ROWID`, the primary key is the row).
 */
export function createTableSql(suffix = ''): string {
  return `CREATE TABLE IF NOT EXISTS ${TABLE} (
  period TEXT NOT NULL,
  question TEXT NOT NULL,
  reports INTEGER NOT NULL,
  ones INTEGER NOT NULL,
  PRIMARY KEY (period, question)
)${suffix}`;
}

/**
 * Whether a report naming `fresh` questions its period does not have yet would take the period's
 * `total` past MAX_QUESTIONS_PER_PERIOD (a report about known questions always passes).
 */
export function overQuestionCap(total: number, fresh: number): boolean {
  return fresh > 0 && total + fresh > MAX_QUESTIONS_PER_PERIOD;
}

/** `any` first, then by question id. */
export function byQuestion(a: Count, b: Count): number {
  if (a.question === b.question) return 0;
  if (a.question === 'any') return -1;
  if (b.question === 'any') return 1;
  return a.question < b.question ? -1 : 1;
}
