import { auditRowHash, GENESIS_HASH, type AuditRowContent } from './audit-hash';

/** Runs one SQL statement inside the caller's transaction and returns its rows. */
export type SqlInTransaction = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** One advisory lock for the whole table: every writer of audit_log takes it, so the chain is linear. */
export const AUDIT_CHAIN_LOCK = 74_686_574_641; // "JEJAK" in hex, as a number

const COLUMNS = [
  'id',
  'at',
  'actor_id',
  'actor_role',
  'action',
  'journey_id',
  'programme_id',
  'region_code',
  'reason',
  'before',
  'after',
  'request_id',
  'idempotency_key',
  'workflow_id',
  'run_id',
  'event_seq',
  'source',
  'prev_hash',
  'hash',
];
const PLACEHOLDERS = COLUMNS.map((c) => (c === 'before' || c === 'after' ? '?::jsonb' : '?')).join(', ');

/**
 * Appends rows to the hash chain. MUST run inside a transaction (the caller's: the recording
 * activity's, so a step and its audit row commit together). Takes the transaction-scoped advisory
 * lock, reads the last hash, leaves out journey steps already audited (same journey and seq: a
 * retried activity), and chains only the rows it inserts. Take the lock as late as possible in the
 * transaction: it serialises every audit writer until commit. Five statements whatever the count.
 * Returns the ids of the rows inserted.
 */
export async function appendAuditRows(sql: SqlInTransaction, rows: AuditRowContent[]): Promise<string[]> {
  if (rows.length === 0) return [];
  await sql('select pg_advisory_xact_lock(?)', [AUDIT_CHAIN_LOCK]);
  const steps = rows.filter((r) => r.source === 'JOURNEY_EVENT');
  const seen = new Set<string>();
  if (steps.length > 0) {
    const found = await sql(
      `select journey_id, event_seq from audit_log where source = 'JOURNEY_EVENT' ` +
        `and (journey_id, event_seq) in (${steps.map(() => '(?::uuid, ?::int)').join(', ')})`,
      steps.flatMap((r) => [r.journeyId, r.eventSeq]),
    );
    for (const f of found) seen.add(`${String(f.journey_id)}:${String(f.event_seq)}`);
  }
  const fresh = rows.filter((r) => r.source !== 'JOURNEY_EVENT' || !seen.has(`${r.journeyId}:${r.eventSeq}`));
  if (fresh.length === 0) return [];
  const last = await sql('select hash from audit_log order by id desc limit 1', []);
  const ids = (
    await sql(`select nextval('audit_log_id_seq')::text as id from generate_series(1, ?)`, [fresh.length])
  ).map((r) => String(r.id));
  let prevHash = last.length > 0 ? String(last[0].hash) : GENESIS_HASH;
  const values = fresh.map((row, i) => {
    const hash = auditRowHash(ids[i], row, prevHash);
    const line = [
      ids[i],
      new Date(row.at).toISOString(),
      row.actorId,
      row.actorRole,
      row.action,
      row.journeyId,
      row.programmeId,
      row.regionCode,
      row.reason,
      row.before === null ? null : JSON.stringify(row.before),
      row.after === null ? null : JSON.stringify(row.after),
      row.requestId,
      row.idempotencyKey,
      row.workflowId,
      row.runId,
      row.eventSeq,
      row.source,
      prevHash,
      hash,
    ];
    prevHash = hash;
    return line;
  });
  const res = await sql(
    `insert into audit_log (${COLUMNS.join(', ')}) values ${values.map(() => `(${PLACEHOLDERS})`).join(', ')}
    on conflict (journey_id, event_seq) where source = 'JOURNEY_EVENT' do nothing returning id`,
    values.flat(),
  );
  // Under the lock nothing else can have inserted these steps; if something did, chain nothing.
  if (res.length !== fresh.length)
    throw new Error(`audit_log: ${fresh.length - res.length} row(s) conflicted under the chain lock`);
  return ids;
}
