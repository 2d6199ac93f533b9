import { addedIndicatorRows, ADDITIVE_ROW_FACT_TYPES } from '../../domain/indicator/indicator-row.rules';
import { INDICATOR_ROW_FACT_TYPES } from '../../domain/indicator/indicator-row.types';
import type { JourneyFactRow } from '../../domain/indicator/journey-fact.rules';
import type { FactSql } from './journey-fact.sql';
import { mergeIndicatorRows } from './journey-indicator-row-merge.sql';
import { writeIndicatorRows } from './journey-indicator-row.sql';

/** The fact types journeySummaryUpsert reads: a journey's other facts leave its summary row as it is. */
export const SUMMARY_FACT_TYPES: readonly string[] = [
  'ASSESSMENT_SUBMITTED',
  'MODULE_COMPLETED',
  'REFERRED',
  'RE_EVALUATION_SUBMITTED',
  'FOLLOW_UP_RECORDED',
  'GRADUATION_DECIDED',
  'JOURNEY_CLOSED',
  'INTENSIVE_SUPPORT_STARTED',
  'STAGE_CHANGED',
  'REFERRAL_ANSWERED',
];

const EXITS = `f.type = 'JOURNEY_CLOSED' and f.stage in ('EXITED', 'WITHDRAWN', 'TERMINATED')`;
const GRADUATE = `f.type = 'GRADUATION_DECIDED' and f.decision = 'GRADUATE'`;

/**
 * The summary row of each journey in `ids` (a SQL query yielding journey ids, `id`), derived from its facts in
 * journey_fact over the whole journey: what the open-period flow and decision indicators count
 * (db/indicators/indicator-summary.sql.ts) and the journey's end of training (its first entry into RE_EVALUATION). A
 * journey without facts gets a row of falses and zeros. Upserted, so writing it again after any change of the
 * journey's facts leaves the row the facts give.
 */
export function journeySummaryUpsert(ids: string): string {
  return `insert into journey_summary (journey_id, assessed, trained, referred, business_started, decided, graduated,
      exited, exit_keys, first_graduated_at, last_graduated_at, first_intensive_at, first_re_evaluation_at,
      referral_answers, referrals_accepted)
    select j.id,
      coalesce(bool_or(f.type = 'ASSESSMENT_SUBMITTED'), false),
      coalesce(bool_or(f.type = 'MODULE_COMPLETED'), false),
      coalesce(bool_or(f.type = 'REFERRED'), false),
      coalesce(bool_or(f.type in ('RE_EVALUATION_SUBMITTED', 'FOLLOW_UP_RECORDED') and f.business_running), false),
      coalesce(bool_or(f.type = 'GRADUATION_DECIDED'), false),
      coalesce(bool_or(${GRADUATE}), false),
      coalesce(bool_or(${EXITS}), false),
      coalesce(array_agg(distinct 'exits:' || case when f.stage = 'EXITED' then f.exit_kind else f.stage end)
        filter (where ${EXITS}), '{}'),
      min(f.at) filter (where ${GRADUATE}), max(f.at) filter (where ${GRADUATE}),
      min(f.at) filter (where f.type = 'INTENSIVE_SUPPORT_STARTED'),
      min(f.at) filter (where f.type = 'STAGE_CHANGED' and f.stage = 'RE_EVALUATION'),
      count(*) filter (where f.type = 'REFERRAL_ANSWERED'),
      count(*) filter (where f.type = 'REFERRAL_ANSWERED' and f.answer = 'ACCEPTED')
    from (${ids}) j left join journey_fact f on f.journey_id = j.id
    group by j.id
    on conflict (journey_id) do update set assessed = excluded.assessed, trained = excluded.trained,
      referred = excluded.referred, business_started = excluded.business_started, decided = excluded.decided,
      graduated = excluded.graduated, exited = excluded.exited, exit_keys = excluded.exit_keys,
      first_graduated_at = excluded.first_graduated_at, last_graduated_at = excluded.last_graduated_at,
      first_intensive_at = excluded.first_intensive_at, first_re_evaluation_at = excluded.first_re_evaluation_at,
      referral_answers = excluded.referral_answers,
      referrals_accepted = excluded.referrals_accepted`;
}

/**
 * Writes the summary rows of these journeys and their indicator side rows (journey_indicator_row) from their facts,
 * in the caller's transaction (after the facts): the recording step, reconciliation and the rebuild all call it.
 */
export async function writeJourneySummaries(sql: FactSql, journeyIds: readonly string[]): Promise<void> {
  if (journeyIds.length === 0) return;
  await sql(journeySummaryUpsert(`select distinct jsonb_array_elements_text(?::jsonb)::uuid as id`), [
    JSON.stringify(journeyIds),
  ]);
  await writeIndicatorRows(sql, journeyIds);
}

/** The summary row of a journey without facts the summary reads, unless it has one. */
const BLANK_SUMMARY = `insert into journey_summary (journey_id, assessed, trained, referred, business_started, decided,
    graduated, exited, exit_keys, referral_answers, referrals_accepted)
  values (?, false, false, false, false, false, false, false, '{}', 0, 0)
  on conflict (journey_id) do nothing`;

/**
 * After a recording step inserted the facts `added` of a journey: its summary row derived again only when one of
 * them is of a type it reads (otherwise made to exist: the row of a journey without such facts); its side rows
 * merged with the new facts' rows when all of those are attendance or evaluations, derived again from every fact
 * when another type is among them, untouched when none is. The rows then equal what writeJourneySummaries gives.
 */
export async function writeStepSummaries(sql: FactSql, journeyId: string, added: readonly JourneyFactRow[]) {
  if (added.some((f) => SUMMARY_FACT_TYPES.includes(f.type))) {
    await sql(journeySummaryUpsert(`select ?::uuid as id`), [journeyId]);
  } else {
    await sql(BLANK_SUMMARY, [journeyId]);
  }
  const rowFacts = added.filter((f) => INDICATOR_ROW_FACT_TYPES.includes(f.type));
  if (rowFacts.length === 0) return;
  if (rowFacts.every((f) => ADDITIVE_ROW_FACT_TYPES.includes(f.type))) {
    await mergeIndicatorRows(sql, journeyId, addedIndicatorRows(rowFacts));
  } else {
    await writeIndicatorRows(sql, [journeyId]);
  }
}
