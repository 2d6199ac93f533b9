/**
 * Freezes the recording activity mid-write: the test holds the audit chain's advisory lock, so an
 * activity that has already written the journey row and its events (uncommitted) waits at its
 * audit append, inside its transaction. The drill then kills a process at exactly that point.
 */
import { Client as PgClient } from 'pg';
import { AUDIT_CHAIN_LOCK } from '../../db/audit/audit-append';

export class AuditLockHold {
  private constructor(private readonly pg: PgClient) {}

  static async take(databaseUrl: string): Promise<AuditLockHold> {
    const pg = new PgClient({ connectionString: databaseUrl });
    await pg.connect();
    pg.on('error', () => undefined); // a drill may restart PostgreSQL under this connection
    await pg.query('select pg_advisory_lock($1)', [AUDIT_CHAIN_LOCK]);
    return new AuditLockHold(pg);
  }

  /**
   * Backends waiting for the lock (recording activities frozen mid-transaction), polled until `count` or the
   * deadline.
   */
  async waitForBlockedWriters(count = 1, timeoutMs = 30_000): Promise<number[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const res = await this.pg.query(
        `select pid from pg_stat_activity where wait_event_type = 'Lock' and wait_event = 'advisory' ` +
          'and pid <> pg_backend_pid()',
      );
      const pids = res.rows.map((r) => r.pid as number);
      if (pids.length >= count) return pids;
      if (Date.now() > deadline)
        throw new Error(`expected ${count} recording activities waiting at the audit lock, found ${pids.length}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Polls until none of `pids` is connected any more (PostgreSQL noticed its client died and rolled back). */
  async waitGone(pids: number[], timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const res = await this.pg.query('select pid from pg_stat_activity where pid = any($1::int[])', [pids]);
      if (res.rowCount === 0) return;
      if (Date.now() > deadline) throw new Error(`backends ${pids.join(', ')} of a killed process are still connected`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async release(): Promise<void> {
    await this.pg.query('select pg_advisory_unlock_all()');
  }

  async end(): Promise<void> {
    await this.pg.end().catch(() => undefined);
  }
}
