/**
 * The collector for the bench (tests/bench/collector.bench.ts), in a process of its own, on a
 * given store: `tsx tests/bench/collector-server.ts <sqlite|pglite> <path>`. Prints `PORT <n>`.
 * The rate limit is raised: every bench report comes from one address (loopback).
 */
import { buildCollector } from '../../lib/node/collector/server';
import { openPgliteStore } from '../../lib/node/collector/postgres-store';
import { openSqliteStore } from '../../lib/node/collector/sqlite-store';

const [kind, path] = process.argv.slice(2);
const store = kind === 'pglite' ? await openPgliteStore(path) : openSqliteStore(path ?? ':memory:');
const app = await buildCollector({ store, resultsToken: 'bench-token-0123456789', reportsPerMinute: 10_000_000 });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
console.log(`PORT ${typeof address === 'object' && address ? address.port : 0}`);
// The CPU time this process spent, reset once the sender's warm-up is done (SIGUSR2), printed
// on SIGUSR1: what a report costs the collector, whatever else loads the machine.
let cpuStart = process.cpuUsage();
process.on('SIGUSR2', () => {
  cpuStart = process.cpuUsage();
  console.log('CPU reset');
});
process.on('SIGUSR1', () => {
  const { user, system } = process.cpuUsage(cpuStart);
  console.log(`CPU ${user + system}`);
});
process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => store.close())
    .then(() => process.exit(0));
});
