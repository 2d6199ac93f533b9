/**
 * How many journey steps each recording transaction wrote since an instant: `journey_event.recorded_at` defaults
 * to now(), the transaction's start, so the rows of one transaction share it. Several steps a transaction is the
 * outbox flushing every step a workflow task applied at once (workflows/journey/journey-outbox.ts).
 */
import type { Pool } from 'pg';

export interface RecordingBatches {
  steps: number;
  transactions: number;
  largest: number;
}

export async function stepsPerTransaction(pool: Pool, since: Date): Promise<RecordingBatches> {
  const { rows } = await pool.query<{ steps: string; transactions: string; largest: string | null }>(
    `select sum(n) as steps, count(*) as transactions, max(n) as largest from (
       select count(distinct seq) as n from journey_event where recorded_at >= $1 group by journey_id, recorded_at
     ) t`,
    [since],
  );
  const r = rows[0];
  return { steps: Number(r.steps ?? 0), transactions: Number(r.transactions), largest: Number(r.largest ?? 0) };
}

export const describeBatches = (b: RecordingBatches): string =>
  `${b.steps} steps in ${b.transactions} recording transactions ` +
  `(${(b.steps / Math.max(1, b.transactions)).toFixed(2)} a transaction, at most ${b.largest})`;
