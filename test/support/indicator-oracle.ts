import type { EntityManager } from '@mikro-orm/postgresql';
import { formOf } from './sealed-forms';

/**
 * An independent computation of the indicators for the e2e test: plain SELECTs of the raw rows
 * (journey, beneficiary, journey_event, evidence) of a programme, then every figure worked out in
 * TypeScript, person by person, with no SQL of the service. Open period (all time) only.
 */
export interface Contribution {
  id: string;
  key: string;
  num: number;
  den: number;
  val: number | null;
}
export interface Person {
  id: string;
  sex: string;
  ageBand: string;
  disability: string;
  region: string;
  cohort: string;
  facilitator: string;
  stage: string;
  status: string;
  state: JourneyState;
  enrolledAt: Date;
  /** beneficiary.vulnerable_groups. */
  groups: string[];
  /** The journey's rules (journey.rules_id, rules_version). */
  rulesId: string;
  rulesVersion: number;
}
/** The parts of journey.state the computation reads. */
interface JourneyState {
  overdue?: unknown[];
  modules?: { moduleId: string; status: string }[];
}
/** The fields of journey_event.data the computation reads; each event type carries only its own. */
interface EventData {
  decision?: string;
  evidenceId?: string;
  stage?: string;
  exitKind?: string;
  answer?: string;
  moduleId?: string;
  sessionId?: string;
  status?: string;
  preScore?: number;
  postScore?: number;
  monthsAfterGraduation?: number;
  welfareLevel?: string;
  to?: string;
}
/** The fields of an evidence payload the computation reads (income nested or flat, by evidence kind). */
interface EvidencePayload {
  businessRunning?: boolean;
  income?: { monthlyFamilyIncome?: number | string; regionalMinimumWage?: number | string };
  monthlyFamilyIncome?: number | string;
  regionalMinimumWage?: number | string;
}
type Ev = { journey_id: string; seq: number; ordinal: number; type: string; at: Date; data: EventData };
interface JourneyRow {
  id: string;
  cohort_id: string | null;
  facilitator_id: string | null;
  region_code: string;
  stage: string;
  status: string;
  state: JourneyState;
  enrolled_at: string | Date;
  sex: string;
  birth: string;
  disability: boolean;
  vulnerable_groups: string[];
  rules_id: string;
  rules_version: number;
}

const BANDS: [string, number, number][] = [
  ['UNDER_18', 0, 17],
  ['AGE_18_24', 18, 24],
  ['AGE_25_34', 25, 34],
  ['AGE_35_44', 35, 44],
  ['AGE_45_59', 45, 59],
  ['AGE_60_PLUS', 60, 999],
];
function ageBand(birth: string, at: Date): string {
  const b = new Date(`${birth}T00:00:00Z`);
  let age = at.getUTCFullYear() - b.getUTCFullYear();
  if (at.getUTCMonth() < b.getUTCMonth() || (at.getUTCMonth() === b.getUTCMonth() && at.getUTCDate() < b.getUTCDate()))
    age--;
  return BANDS.find(([, lo, hi]) => age >= lo && age <= hi)![0];
}
const LEVELS = ['POOR', 'VULNERABLE', 'MIDDLE', 'STABLE'];
const templateOf = (moduleId: string) => moduleId.replace(/-[0-9]+$/, '');
const points = (s: string) => (s === 'PRESENT' ? 1 : s === 'PARTIAL' ? 0.5 : 0);

export async function loadRaw(em: EntityManager, programmeId: string, cohortId: string | null) {
  const conn = em.getConnection();
  const rows = await conn.execute<JourneyRow[]>(
    'select j.*, b.sex, b.birth_date::text as birth, b.disability, b.vulnerable_groups ' +
      'from journey j join beneficiary b on b.id = j.id where j.programme_id = ?',
    [programmeId],
  );
  const people: Person[] = rows
    .filter((r) => !cohortId || r.cohort_id === cohortId)
    .map((r) => ({
      id: r.id,
      sex: r.sex,
      ageBand: ageBand(r.birth, new Date(r.enrolled_at)),
      disability: r.disability ? 'WITH_DISABILITY' : 'WITHOUT_DISABILITY',
      region: r.region_code.slice(0, 2),
      cohort: r.cohort_id ?? 'NONE',
      facilitator: r.facilitator_id ?? 'UNASSIGNED',
      stage: r.stage,
      status: r.status,
      state: r.state,
      enrolledAt: new Date(r.enrolled_at),
      groups: r.vulnerable_groups,
      rulesId: r.rules_id,
      rulesVersion: r.rules_version,
    }));
  const ids = new Set(people.map((p) => p.id));
  const events = (
    await conn.execute<Ev[]>(
      `select journey_id, seq, ordinal, type, at, data from journey_event order by journey_id, seq, ordinal`,
    )
  )
    .filter((e) => ids.has(e.journey_id))
    .map((e) => ({ ...e, at: new Date(e.at) }));
  const evidence = new Map(
    (await conn.execute<{ id: string }[]>(`select id, payload, payload_sealed from evidence`)).map((e) => [
      e.id,
      formOf(e) as EvidencePayload,
    ]),
  );
  return { people, events, evidence };
}

export function contributions(
  raw: Awaited<ReturnType<typeof loadRaw>>,
  daysPerMonth: number,
  withinMonths: number,
): Contribution[] {
  const out: Contribution[] = [];
  const add = (id: string, key: string, num: number, den: number, val: number | null = null) =>
    out.push({ id, key, num, den, val });
  for (const p of raw.people) {
    const evs = raw.events.filter((e) => e.journey_id === p.id);
    const of = (type: string) => evs.filter((e) => e.type === type);
    add(p.id, 'enrolled', 1, 0);
    add(p.id, `stage:${p.stage}`, 1, 0);
    for (const g of new Set(p.groups)) add(p.id, `quota:${g}`, 1, 0);
    for (const key of ['assessed', 'trained', 'graduated', 'referred', 'businesses_started']) {
      const hit =
        key === 'assessed'
          ? of('ASSESSMENT_SUBMITTED').length
          : key === 'trained'
            ? of('MODULE_COMPLETED').length
            : key === 'graduated'
              ? of('GRADUATION_DECIDED').filter((e) => e.data.decision === 'GRADUATE').length
              : key === 'referred'
                ? of('REFERRED').length
                : [...of('RE_EVALUATION_SUBMITTED'), ...of('FOLLOW_UP_RECORDED')].filter(
                    (e) => raw.evidence.get(e.data.evidenceId!)?.businessRunning === true,
                  ).length;
      if (hit) add(p.id, key, 1, 0);
    }
    const closed = of('JOURNEY_CLOSED').find((e) => ['EXITED', 'WITHDRAWN', 'TERMINATED'].includes(e.data.stage!));
    if (closed) {
      add(p.id, 'exits', 1, 0);
      add(p.id, `exits:${closed.data.stage === 'EXITED' ? closed.data.exitKind : closed.data.stage}`, 1, 0);
    }
    // Decisions
    const decisions = of('GRADUATION_DECIDED');
    const grads = decisions.filter((e) => e.data.decision === 'GRADUATE');
    const intensive = of('INTENSIVE_SUPPORT_STARTED');
    if (decisions.length) {
      add(p.id, 'graduation_rate', grads.length ? 1 : 0, 1);
      add(p.id, 'intensive_support_rate', intensive.length ? 1 : 0, 1);
    }
    if (grads.length)
      add(p.id, 'time_to_graduation', 1, 1, (grads[0].at.getTime() - p.enrolledAt.getTime()) / 86_400_000);
    if (intensive.length)
      add(p.id, 'intensive_support_success_rate', grads.some((g) => g.at > intensive[0].at) ? 1 : 0, 1);
    for (const e of of('REFERRAL_ANSWERED'))
      add(p.id, 'referral_acceptance_rate', e.data.answer === 'ACCEPTED' ? 1 : 0, 1);
    if (p.status !== 'CLOSED') {
      const n = (p.state.overdue ?? []).length;
      add(p.id, 'overdue_steps', n, 1);
      add(p.id, `overdue_steps:facilitator:${p.facilitator}`, n, 1);
    }
    // Modules
    for (const e of of('ATTENDANCE_RECORDED')) {
      const t = templateOf(e.data.moduleId!);
      for (const key of [
        'attendance_rate',
        `attendance_rate:module:${t}`,
        `attendance_rate:session:${t}:${e.data.sessionId}`,
      ])
        add(p.id, key, points(e.data.status!), 1);
    }
    for (const m of p.state.modules ?? []) {
      for (const key of ['module_completion_rate', `module_completion_rate:${templateOf(m.moduleId)}`])
        add(p.id, key, m.status === 'COMPLETED' ? 1 : 0, 1);
    }
    for (const e of of('MODULE_EVALUATED')) {
      const pre = e.data.preScore!;
      const post = e.data.postScore!;
      const better = post > pre ? 1 : 0;
      add(p.id, 'score_change', better, 1, post - pre);
      add(p.id, `score_change:module:${templateOf(e.data.moduleId!)}`, better, 1, post - pre);
      add(p.id, 'improved_understanding_rate', better, 1);
    }
    outcomes(p, evs, raw.evidence, add, daysPerMonth * withinMonths);
  }
  return out;
}

type Add = (id: string, key: string, num: number, den: number, val?: number | null) => void;

function outcomes(p: Person, evs: Ev[], evidence: Map<string, EvidencePayload>, add: Add, withinDays: number): void {
  const measure = (e: Ev) => {
    const v = evidence.get(e.data.evidenceId!)!;
    const point =
      e.type === 'ASSESSMENT_SUBMITTED'
        ? 'ASSESSMENT'
        : e.type === 'RE_EVALUATION_SUBMITTED'
          ? 'RE_EVALUATION'
          : `FOLLOW_UP_M${e.data.monthsAfterGraduation}`;
    return {
      at: e.at,
      point,
      income: Number(v.income?.monthlyFamilyIncome ?? v.monthlyFamilyIncome),
      wage: Number(v.income?.regionalMinimumWage ?? v.regionalMinimumWage),
      welfare: e.data.welfareLevel!,
      business: v.businessRunning === true,
    };
  };
  const ms = evs
    .filter((e) => ['ASSESSMENT_SUBMITTED', 'RE_EVALUATION_SUBMITTED', 'FOLLOW_UP_RECORDED'].includes(e.type))
    .map(measure);
  const base = ms.find((m) => m.point === 'ASSESSMENT');
  const later = ms.filter((m) => m.point !== 'ASSESSMENT');
  const reEvals = later.filter((m) => m.point === 'RE_EVALUATION');
  const points = [
    ...(reEvals.length ? [reEvals.at(-1)!] : []),
    ...later.filter((m) => m.point.startsWith('FOLLOW_UP_M')),
    ...(later.length ? [{ ...later.at(-1)!, point: 'LAST' }] : []),
  ];
  if (base) add(p.id, 'min_wage_share:ASSESSMENT', base.income >= base.wage ? 1 : 0, 1);
  for (const m of points) {
    add(p.id, `min_wage_share:${m.point}`, m.income >= m.wage ? 1 : 0, 1);
    if (!base) continue;
    const rose = m.income > base.income ? 1 : 0;
    add(p.id, `income_change:ASSESSMENT->${m.point}`, rose, 1, m.income - base.income);
    if (base.income > 0)
      add(p.id, `income_relative_change:ASSESSMENT->${m.point}`, rose, 1, m.income / base.income - 1);
  }
  const last = later.at(-1);
  if (base && last) {
    add(p.id, 'welfare_transition', 1, 0);
    add(p.id, `welfare_transition:${base.welfare}->${last.welfare}`, 1, 0);
    add(p.id, 'welfare_improved_rate', LEVELS.indexOf(last.welfare) > LEVELS.indexOf(base.welfare) ? 1 : 0, 1);
  }
  for (const m of later.filter((x) => x.point.startsWith('FOLLOW_UP_M')))
    add(p.id, `business_running:follow_up_month:${m.point.slice(11)}`, m.business ? 1 : 0, 1);
  const trainedAt = evs.find((e) => e.type === 'STAGE_CHANGED' && e.data.to === 'RE_EVALUATION')?.at;
  if (trainedAt) {
    const started = later.some((m) => m.business && m.at.getTime() <= trainedAt.getTime() + withinDays * 86_400_000);
    add(p.id, 'business_started_within_months', started ? 1 : 0, 1);
  }
}

const DIMS = { SEX: 'sex', AGE_BAND: 'ageBand', DISABILITY: 'disability', REGION: 'region', COHORT: 'cohort' } as const;
export type Cell = { num: number; den: number; median: number | null; mean: number | null };

/** Sums per key, for the whole and per group of each dimension ("DIM/group"); COUNT denominators from the people. */
export function aggregate(
  people: Person[],
  rows: Contribution[],
  // 'POPULATION', 'ROWS', or the key whose numerator is the denominator.
  countKeys: (key: string) => string,
  // Keys shown even when nobody contributes to them (quota groups with no enrolee).
  alwaysKeys: readonly string[] = [],
): Map<string, Map<string, Cell>> {
  const byId = new Map(people.map((p) => [p.id, p]));
  const groupsOf = (p: Person) => ['', ...Object.entries(DIMS).map(([d, f]) => `${d}/${p[f]}`)];
  const popCount = new Map<string, number>();
  for (const p of people) for (const g of groupsOf(p)) popCount.set(g, (popCount.get(g) ?? 0) + 1);
  const acc = new Map<string, Map<string, { num: number; den: number; vals: number[] }>>(
    alwaysKeys.map((k) => [k, new Map()]),
  );
  for (const r of rows) {
    if (!acc.has(r.key)) acc.set(r.key, new Map());
    for (const g of groupsOf(byId.get(r.id)!)) {
      const c = acc.get(r.key)!.get(g) ?? { num: 0, den: 0, vals: [] };
      c.num += r.num;
      c.den += r.den;
      if (r.val !== null) c.vals.push(r.val);
      acc.get(r.key)!.set(g, c);
    }
  }
  const out = new Map<string, Map<string, Cell>>();
  for (const [key, groups] of acc) {
    const rule = countKeys(key);
    const cells = new Map<string, Cell>();
    for (const g of popCount.keys()) {
      const c = groups.get(g) ?? { num: 0, den: 0, vals: [] };
      const sorted = [...c.vals].sort((a, b) => a - b);
      const median =
        sorted.length === 0
          ? null
          : sorted.length % 2
            ? sorted[(sorted.length - 1) / 2]
            : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
      const den =
        rule === 'POPULATION' ? popCount.get(g)! : rule === 'ROWS' ? c.den : (acc.get(rule)?.get(g)?.num ?? 0);
      cells.set(g, {
        num: c.num,
        den,
        median,
        mean: sorted.length ? sorted.reduce((s, v) => s + v, 0) / sorted.length : null,
      });
    }
    out.set(key, cells);
  }
  return out;
}
