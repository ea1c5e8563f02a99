/**
 * The PostgreSQL store (when DATABASE_URL is set, through `pg`), and the same SQL on PGlite
 * (PostgreSQL compiled to WebAssembly, measured against SQLite as the embedded store: README,
 * "Programme results › Collector").
 */
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

/** The one thing both `pg`'s pool and PGlite offer. */
export interface Sql {
  query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

export async function sqlStore(kind: 'postgres' | 'pglite', sql: Sql, close: () => Promise<void>): Promise<CountStore> {
  await sql.query(createTableSql());
  return {
    kind,
    async add(period: string, answers: readonly Answer[]): Promise<AddResult> {
      const names = answers.map(({ question }) => question);
      const [{ total, known }] = (
        await sql.query<{ total: number; known: number }>(
          `SELECT count(*)::int AS total, (count(*) FILTER (WHERE question = ANY($2::text[])))::int AS known
           FROM ${TABLE} WHERE period = $1`,
          [period, names],
        )
      ).rows as [{ total: number; known: number }];
      const fresh = names.length - known;
      // Two reports naming new questions at the same moment may pass this together: the cap is
      // a bound on growth, not an exact figure.
      if (overQuestionCap(total, fresh)) return 'too-many-questions';
      // One statement: all of a report's answers are counted, or none.
      await sql.query(
        `INSERT INTO ${TABLE} (period, question, reports, ones)
         SELECT $1, question, 1, ones FROM unnest($2::text[], $3::int[]) AS answer(question, ones)
         ON CONFLICT (period, question)
         DO UPDATE SET reports = ${TABLE}.reports + 1, ones = ${TABLE}.ones + EXCLUDED.ones`,
        [period, names, answers.map(({ answer }) => answer)],
      );
      return 'counted';
    },
    async read(period: string): Promise<Count[]> {
      const { rows } = await sql.query<Count>(`SELECT question, reports, ones FROM ${TABLE} WHERE period = $1`, [
        period,
      ]);
      return rows.sort(byQuestion);
    },
    async ping() {
      await sql.query('SELECT 1');
    },
    close,
  };
}

/** PostgreSQL at `url` (a pool of 10 connections). */
export async function openPostgresStore(url: string): Promise<CountStore> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection that drops (a database restart) must not end the process.
  pool.on('error', () => undefined);
  return sqlStore('postgres', pool, () => pool.end());
}

/** PGlite, in memory or in the directory `dataDir`. */
export async function openPgliteStore(dataDir?: string): Promise<CountStore> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir);
  return sqlStore('pglite', db, () => db.close());
}
