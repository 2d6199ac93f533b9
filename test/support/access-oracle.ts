import { rawQuery } from './raw-sql';
import { formOf } from './sealed-forms';

/**
 * An independent computation of the capital and market access figures for the e2e tests, over an open period
 * (everything recorded so far, group capital up to today): plain SELECTs of journey_event, evidence, group_member
 * and group_capital for the people given, then every figure worked out here row by row, with no SQL of the service
 * and no domain code (the code lists are spelled out).
 */
const SOURCES = ['GRANT', 'KUR', 'UMI', 'COOPERATIVE_LOAN', 'CSR'];
const CHANNELS = ['LOCAL', 'REGIONAL', 'ONLINE'];

export interface OracleFigure {
  numerator: number;
  denominator: number;
  median: number | null;
  mean: number | null;
}

interface EventRow {
  journey_id: string;
  type: string;
  data: { source?: string; decision?: string; channel?: string; evidenceId?: string };
}

interface GroupCapitalRow {
  journey_id: string;
  joined_on: string;
  left_on: string | null;
  received_on: string;
}

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const count = (n: number, people: number): OracleFigure => ({
  numerator: n,
  denominator: people,
  median: null,
  mean: null,
});

export async function accessOracle(people: string[]): Promise<Map<string, OracleFigure>> {
  const events = await rawQuery<EventRow>(
    `select journey_id, type, data from journey_event where journey_id = any($1::uuid[])
      and type in ('CAPITAL_PROPOSAL_SUBMITTED', 'CAPITAL_PROPOSAL_DECIDED', 'CAPITAL_RECEIVED',
        'MARKET_CHANNEL_OPENED')`,
    [people],
  );
  const evidence = (
    await rawQuery<{ id: string }>(
      `select id, payload, payload_sealed from evidence where journey_id = any($1::uuid[])`,
      [people],
    )
  ).map((r) => ({ id: r.id, payload: formOf(r) }));
  const groupCapital = await rawQuery<GroupCapitalRow>(
    `select m.journey_id, m.joined_on::text as joined_on, m.left_on::text as left_on, c.received_on::text as received_on
       from group_member m join group_capital c on c.group_id = m.group_id where m.journey_id = any($1::uuid[])`,
    [people],
  );
  const n = people.length;
  const out = new Map<string, OracleFigure>();
  const steps: Record<string, (e: EventRow) => boolean> = {
    capital_proposals_submitted: (e) => e.type === 'CAPITAL_PROPOSAL_SUBMITTED',
    capital_proposals_approved: (e) => e.type === 'CAPITAL_PROPOSAL_DECIDED' && e.data.decision === 'APPROVED',
    capital_proposals_received: (e) => e.type === 'CAPITAL_RECEIVED',
  };
  for (const [key, is] of Object.entries(steps)) {
    out.set(key, count(events.filter(is).length, n));
    for (const s of SOURCES)
      out.set(`${key}:${s}`, count(events.filter((e) => is(e) && e.data.source === s).length, n));
  }
  const amountOf = (e: EventRow) => Number(evidence.find((v) => v.id === e.data.evidenceId)!.payload.amount);
  for (const s of [null, ...SOURCES]) {
    const perPerson = people
      .map((p) =>
        events
          .filter((e) => e.journey_id === p && e.type === 'CAPITAL_RECEIVED' && (s === null || e.data.source === s))
          .reduce((sum, e) => sum + amountOf(e), 0),
      )
      .filter((a) => a > 0);
    const key = s === null ? 'capital_received' : `capital_received:${s}`;
    out.set(key, { numerator: perPerson.length, denominator: n, median: median(perPerson), mean: mean(perPerson) });
  }
  const own = new Set(events.filter((e) => e.type === 'CAPITAL_RECEIVED').map((e) => e.journey_id));
  const viaGroup = new Set(
    (
      groupCapital as unknown as {
        journey_id: string;
        joined_on: string;
        left_on: string | null;
        received_on: string;
      }[]
    )
      .filter((r) => r.joined_on <= r.received_on && (r.left_on === null || r.left_on > r.received_on))
      .map((r) => r.journey_id),
  );
  out.set('capital_access', count(people.filter((p) => own.has(p) || viaGroup.has(p)).length, n));
  out.set('capital_access:PERSON', count(people.filter((p) => own.has(p)).length, n));
  out.set('capital_access:GROUP', count(people.filter((p) => viaGroup.has(p)).length, n));
  const opened = events.filter((e) => e.type === 'MARKET_CHANNEL_OPENED');
  out.set('market_access', count(new Set(opened.map((e) => e.journey_id)).size, n));
  for (const c of CHANNELS)
    out.set(
      `market_access:${c}`,
      count(new Set(opened.filter((e) => e.data.channel === c).map((e) => e.journey_id)).size, n),
    );
  return out;
}
