/**
 * `npm run collector`: the programme-results collector in one command (README, "Programme
 * results › Collector").
 *
 *   PORT             port to listen on (default 8787)
 *   HOST             address to listen on (default 0.0.0.0)
 *   RESULTS_TOKEN    bearer token for GET /results (at least 16 characters; unset: no results)
 *   DATABASE_URL     PostgreSQL (postgres://…); unset: the embedded SQLite file
 *   COLLECTOR_DB     the embedded file's path (default collector-data/results.sqlite)
 *   REPORTS_PER_MINUTE  reports one address may send per minute (default 120)
 *   TRUST_PROXY      behind a reverse proxy: fastify's trustProxy (the proxy's address, e.g. "127.0.0.1")
 */
import { buildCollector, REPORTS_PER_MINUTE } from './server';
import { openSqliteStore } from './sqlite-store';
import { openPostgresStore } from './postgres-store';
import type { CountStore } from './store';

function trustProxy(value: string | undefined): boolean | string {
  if (!value) return false;
  return value === 'true' ? true : value;
}

async function main(): Promise<void> {
  const env = process.env;
  const port = Number(env.PORT ?? 8787);
  const token = env.RESULTS_TOKEN;
  if (token !== undefined && token.length < 16) throw new Error('RESULTS_TOKEN must have at least 16 characters');
  const store: CountStore = env.DATABASE_URL
    ? await openPostgresStore(env.DATABASE_URL)
    : openSqliteStore(env.COLLECTOR_DB ?? 'collector-data/results.sqlite');
  const app = await buildCollector({
    store,
    resultsToken: token,
    reportsPerMinute: Number(env.REPORTS_PER_MINUTE ?? REPORTS_PER_MINUTE),
    trustProxy: trustProxy(env.TRUST_PROXY),
  });
  const address = await app.listen({ port, host: env.HOST ?? '0.0.0.0' });
  console.log(`collector listening on ${address} (store: ${store.kind})`);
  if (!token) console.log('RESULTS_TOKEN is not set: reports are counted, GET /results answers 503');
  const stop = () => {
    void app
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
