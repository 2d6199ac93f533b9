/** Jest globalTeardown for the integration project: stops the servers global-setup.ts started. */
import { rmSync } from 'node:fs';
import './global-setup';

export default async function globalTeardown(): Promise<void> {
  const servers = globalThis.__jejakTestServers;
  if (!servers) return;
  globalThis.__jejakTestServers = undefined;
  for (const stop of servers.stops) await stop(); // Temporal first, then PostgreSQL
  if (!process.env.JEJAK_KEEP_TEST_DATA) rmSync(servers.dir, { recursive: true, force: true });
}
