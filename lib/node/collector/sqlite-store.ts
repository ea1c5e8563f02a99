/**
 * The embedded store (the default): one SQLite file through better-sqlite3 12 (13 needs Node 22).
 * Each report is one transaction, committed before the collector answers, in WAL mode with
 * synchronous=NORMAL: a crash of the process loses nothing that was answered 204; a power
 * cut may lose the last moments' reports (README, "Programme results › Collector").
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  type AddResult,
  type Answer,
  byQuestion,
  type Count,
  type CountStore,
  createTableSql,
  overQuestionCap,
  TABLE,
} from './store';

export function openSqliteStore(path: string): CountStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(createTableSql(' WITHOUT ROWID'));
  const exists = db.prepare<[string, string], { one: number }>(
    `SELECT 1 AS one FROM ${TABLE} WHERE period = ? AND question = ?`,
  );
  const questions = db.prepare<[string], { total: number }>(`SELECT count(*) AS total FROM ${TABLE} WHERE period = ?`);
  const upsert = db.prepare<[string, string, number]>(
    `INSERT INTO ${TABLE} (period, question, reports, ones) VALUES (?, ?, 1, ?)
     ON CONFLICT (period, question) DO UPDATE SET reports = reports + 1, ones = ones + excluded.ones`,
  );
  const select = db.prepare<[string], Count>(`SELECT question, reports, ones FROM ${TABLE} WHERE period = ?`);
  // The question ids already stored, per period (the same names the table holds, nothing
  // more): a report about known questions needs no lookup before its upserts.
  const known = new Map<string, Set<string>>();
  const add = db.transaction((period: string, answers: readonly Answer[]): AddResult => {
    const seen = known.get(period);
    const fresh = answers.filter(({ question }) => !seen?.has(question) && !exists.get(period, question)).length;
    if (overQuestionCap(questions.get(period)!.total, fresh)) return 'too-many-questions';
    for (const { question, answer } of answers) upsert.run(period, question, answer);
    return 'counted';
  });
  const remember = (period: string, answers: readonly Answer[]) => {
    if (known.size > 12) known.clear();
    let seen = known.get(period);
    if (!seen) known.set(period, (seen = new Set()));
    for (const { question } of answers) seen.add(question);
  };
  return {
    kind: 'sqlite',
    add: async (period, answers) => {
      const result = add(period, answers);
      // Only after the transaction committed: a rolled-back report teaches nothing.
      if (result === 'counted') remember(period, answers);
      return result;
    },
    read: async (period) => select.all(period).sort(byQuestion),
    ping: async () => {
      db.prepare('SELECT 1').get();
    },
    close: async () => {
      db.close();
    },
  };
}
