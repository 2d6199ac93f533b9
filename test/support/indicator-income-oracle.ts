import type { Contribution, loadRaw } from './indicator-oracle';

/**
 * The shares above the UMK and the poverty line and the visits made, person by person, from the raw rows loadRaw
 * reads (journey, journey_event, evidence) over an open period, with no SQL or code of the service: the latest
 * re-evaluation or follow-up (by time, then sequence) gives the income ratio the service stored and the family
 * income; the household size is that form's, else the one of the person's latest assessment; `lines` names the
 * poverty line of each rules version ("rulesId@version"), spelled out by the test.
 */
type Raw = Awaited<ReturnType<typeof loadRaw>>;
type Payload = Record<string, unknown> & { income?: Record<string, unknown>; household?: { size?: number } };
interface Ev {
  journey_id: string;
  type: string;
  at: Date;
  seq: number;
  data: Record<string, unknown>;
}
const FORMS = ['RE_EVALUATION_SUBMITTED', 'FOLLOW_UP_RECORDED'];
const VISITS = ['INTENSIVE_VISIT_RECORDED', 'MENTORING_VISIT_RECORDED'];

const latest = (evs: Ev[]) => [...evs].sort((a, b) => a.at.getTime() - b.at.getTime() || a.seq - b.seq).at(-1);

export function incomeShareContributions(raw: Raw, lines: Record<string, number> = {}): Contribution[] {
  const out: Contribution[] = [];
  const add = (id: string, key: string, num: number, den: number, val: number | null = null) =>
    out.push({ id, key, num, den, val });
  const events = raw.events as unknown as Ev[];
  const evidence = raw.evidence as unknown as Map<string, Payload>;
  for (const p of raw.people) {
    const evs = events.filter((e) => e.journey_id === p.id);
    const visits = evs.filter((e) => VISITS.includes(e.type)).length;
    if (visits > 0) {
      add(p.id, 'visits_made', visits, 1);
      add(p.id, `visits_made:facilitator:${p.facilitator}`, visits, 1);
    }
    const form = latest(evs.filter((e) => FORMS.includes(e.type)));
    if (!form) continue;
    const payload = evidence.get(String(form.data.evidenceId))!;
    const ratio = payload.incomeToMinimumWageRatio;
    if (ratio !== undefined && ratio !== null)
      add(p.id, 'above_umk_share', Number(ratio) > 1 ? 1 : 0, 1, Number(ratio));
    const line = lines[`${p.rulesId}@${p.rulesVersion}`];
    const assessment = latest(evs.filter((e) => e.type === 'ASSESSMENT_SUBMITTED'));
    const size = Number(
      payload.householdSize ?? (assessment && evidence.get(String(assessment.data.evidenceId))?.household?.size),
    );
    const income = Number(payload.income?.monthlyFamilyIncome ?? payload.monthlyFamilyIncome);
    if (line === undefined || !(size >= 1)) continue;
    add(p.id, 'poverty_line_share', income / size > line ? 1 : 0, 1, income / size);
  }
  return out;
}
