import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldCipher } from '../../config/crypto/field-cipher';
import { FACT_EVENT_TYPES, type FactEvent } from '../../domain/indicator/journey-fact.rules';
import type { PlannedModuleState } from '../../domain/indicator/journey-module-fact.rules';
import { writeJourneyFacts, writeModuleFacts } from './journey-fact.sql';
import { writeJourneySummaries } from './journey-summary.sql';
import { sqlIn } from '../shared/sql-rows';

/** Journeys per batch: their events and forms are read and their facts written together. */
const BATCH = 500;

export interface FactRebuildReport {
  journeys: number;
  facts: number;
  answers: number;
  modules: number;
  indicatorRows: number;
}

/**
 * Recomputes the fact projection (and each journey's summary and indicator side rows of its facts) from the
 * recorded events (journey_event), the forms (evidence, opened with the field cipher) and each journey's state,
 * through the same derivation as the recording activity (db/facts/journey-fact.sql.ts,
 * db/facts/journey-summary.sql.ts, db/facts/journey-indicator-row.sql.ts). One transaction: the
 * projection is emptied and refilled at once, and a step recorded meanwhile waits for it, then adds nothing twice.
 * Safe to run again or while serving.
 */
export async function rebuildFacts(em: EntityManager, cipher: FieldCipher): Promise<FactRebuildReport> {
  return em.fork().transactional(async (tx) => {
    const sql = sqlIn(tx);
    await sql(
      'truncate journey_fact, journey_fact_answer, journey_module_fact, journey_summary, journey_indicator_row',
      [],
    );
    await sql(`update journey set overdue_count = jsonb_array_length(coalesce(state->'overdue', '[]'::jsonb))`, []);
    let after = '00000000-0000-0000-0000-000000000000';
    let journeys = 0;
    for (;;) {
      const batch = await sql(
        `select id, seq, state->'modules' as modules from journey where id > ?::uuid order by id limit ?`,
        [after, BATCH],
      );
      if (batch.length === 0) break;
      const ids = batch.map((j) => String(j.id));
      const events = await sql(
        `select journey_id, seq, ordinal, type, at, data from journey_event
          where journey_id in (select jsonb_array_elements_text(?::jsonb)::uuid)
            and type in (select jsonb_array_elements_text(?::jsonb)) order by journey_id, seq, ordinal`,
        [JSON.stringify(ids), JSON.stringify(FACT_EVENT_TYPES)],
      );
      const byJourney = new Map<string, FactEvent[]>();
      for (const e of events) {
        const list = byJourney.get(String(e.journey_id)) ?? [];
        const at = new Date(e.at as string).toISOString();
        list.push({ seq: Number(e.seq), ordinal: Number(e.ordinal), type: String(e.type), at, data: e.data as never });
        byJourney.set(String(e.journey_id), list);
      }
      for (const [journeyId, list] of byJourney) await writeJourneyFacts(sql, cipher, journeyId, list);
      for (const j of batch)
        await writeModuleFacts(sql, String(j.id), Number(j.seq), (j.modules ?? []) as PlannedModuleState[]);
      await writeJourneySummaries(sql, ids);
      journeys += batch.length;
      after = ids[ids.length - 1];
    }
    const count = async (t: string) => Number((await sql(`select count(*) as n from ${t}`, []))[0].n);
    return {
      journeys,
      facts: await count('journey_fact'),
      answers: await count('journey_fact_answer'),
      modules: await count('journey_module_fact'),
      indicatorRows: await count('journey_indicator_row'),
    };
  });
}
