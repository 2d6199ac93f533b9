import { writeModuleFacts } from '../facts/journey-fact.sql';
import { writeJourneySummaries } from '../facts/journey-summary.sql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { JourneyView } from '../../domain/journey/journey-view.types';
import { appendAuditRows } from '../audit/audit-append';
import type { AuditRowContent } from '../audit/audit-hash';
import { journeyUpsert } from './journey-transition.sql';
import { sqlIn } from '../shared/sql-rows';

/** What the read model says of one journey: its seq and whether it is closed. */
export interface JourneyRowSide {
  id: string;
  seq: number;
  closed: boolean;
}

/** Every journey row's id, seq and status (ids and numbers only), for the reconciliation to compare. */
export async function journeyRowSides(orm: MikroORM): Promise<Map<string, JourneyRowSide>> {
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<{ id: string; seq: number; status: string }[]>('select id, seq, status from journey', [], 'all');
  return new Map(rows.map((r) => [r.id, { id: r.id, seq: Number(r.seq), closed: r.status === 'CLOSED' }]));
}

/**
 * Brings a journey row ahead of its workflow back to the workflow's view, in one transaction with its audit row:
 * the events above the workflow's seq move, whole and unchanged, into journey_event_superseded under the id of
 * that RECONCILIATION audit row (auditors still read them; nothing is deleted from the record). Returns the seqs
 * superseded. Idempotent: a second call finds the row at the workflow's seq and no event above it.
 */
export async function rollBackJourneyRow(
  orm: MikroORM,
  target: { view: JourneyView; workflowId: string },
  audit: (superseded: number[]) => AuditRowContent,
): Promise<number[]> {
  const journeyId = target.view.state.journeyId;
  const toSeq = target.view.state.seq;
  return orm.em.fork().transactional(async (tx) => {
    const sql = sqlIn(tx);
    const above = await sql('select seq from journey_event where journey_id = ? and seq > ? order by seq for update', [
      journeyId,
      toSeq,
    ]);
    const superseded = [...new Set(above.map((r) => Number(r.seq)))];
    const upsert = journeyUpsert(target, true);
    await sql(upsert.sql, upsert.params);
    const [auditId] = await appendAuditRows(sql, [audit(superseded)]);
    if (superseded.length > 0) {
      await sql(
        `with moved as (delete from journey_event where journey_id = ? and seq > ? returning *)
         insert into journey_event_superseded select moved.*, ?::bigint, now() from moved`,
        [journeyId, toSeq, auditId],
      );
      // The indicators' facts follow the read model: those of superseded steps go, the module plan is the view's.
      await sql('delete from journey_fact_answer where journey_id = ? and seq > ?', [journeyId, toSeq]);
      await sql('delete from journey_fact where journey_id = ? and seq > ?', [journeyId, toSeq]);
      await sql('delete from journey_module_fact where journey_id = ?', [journeyId]);
      await writeModuleFacts(sql, journeyId, toSeq, target.view.state.modules);
      await writeJourneySummaries(sql, [journeyId]);
    }
    return superseded;
  });
}
