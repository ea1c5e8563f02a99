/**
 * What the collector keeps (README, "Programme results › Collector"): for each (period,
 * question) the number of reports and the number of 1s. Nothing else: no report, no address,
 * no user agent, no time finer than the period.
 */
import type { Bit } from '../results/randomize';

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

/** `any` first, then by question id. */
export function byQuestion(a: Count, b: Count): number {
  if (a.question === b.question) return 0;
  if (a.question === 'any') return -1;
  if (b.question === 'any') return 1;
  return a.question < b.question ? -1 : 1;
}
