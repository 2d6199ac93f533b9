import type { GroupRaw } from './indicator-group-oracle';
import { incomeShareContributions } from './indicator-income-oracle';
import type { Contribution, loadRaw } from './indicator-oracle';

/**
 * The capital and market access, satisfaction and APKM control contributions of each person for the indicators
 * e2e, over an open period, from the raw rows loadRaw and loadGroupRaw read (journey_event, evidence, group_member,
 * group_capital), worked out here with the code lists spelled out and no SQL or code of the service.
 */
const SOURCES = ['GRANT', 'KUR', 'UMI', 'COOPERATIVE_LOAN', 'CSR'];
const CHANNELS = ['LOCAL', 'REGIONAL', 'ONLINE'];
const STEPS: Record<string, (e: Ev) => boolean> = {
  capital_proposals_submitted: (e) => e.type === 'CAPITAL_PROPOSAL_SUBMITTED',
  capital_proposals_approved: (e) => e.type === 'CAPITAL_PROPOSAL_DECIDED' && e.data.decision === 'APPROVED',
  capital_proposals_received: (e) => e.type === 'CAPITAL_RECEIVED',
};

type Raw = Awaited<ReturnType<typeof loadRaw>>;
interface Ev {
  journey_id: string;
  type: string;
  at: Date;
  seq: number;
  data: Record<string, unknown>;
}
type Payload = Record<string, unknown>;

export function accessContributions(raw: Raw, groups: GroupRaw, lines: Record<string, number> = {}): Contribution[] {
  const out: Contribution[] = incomeShareContributions(raw, lines);
  const add = (id: string, key: string, num: number, den: number, val: number | null = null) =>
    out.push({ id, key, num, den, val });
  const events = raw.events as unknown as Ev[];
  const evidence = raw.evidence as unknown as Map<string, Payload>;
  const today = new Date().toISOString().slice(0, 10);
  for (const p of raw.people) {
    const evs = events.filter((e) => e.journey_id === p.id);
    for (const [key, is] of Object.entries(STEPS))
      for (const e of evs.filter(is)) {
        add(p.id, key, 1, 0);
        add(p.id, `${key}:${String(e.data.source)}`, 1, 0);
      }
    const receipts = evs.filter((e) => e.type === 'CAPITAL_RECEIVED');
    for (const source of [null, ...SOURCES]) {
      const amount = receipts
        .filter((e) => source === null || e.data.source === source)
        .reduce((sum, e) => sum + Number(evidence.get(String(e.data.evidenceId))!.amount), 0);
      add(
        p.id,
        source ? `capital_received:${source}` : 'capital_received',
        amount > 0 ? 1 : 0,
        1,
        amount > 0 ? amount : null,
      );
    }
    const own = receipts.length > 0;
    const viaGroup = groups.capital.some(
      (c) =>
        c.received_on <= today &&
        groups.members.some(
          (m) =>
            m.journey_id === p.id &&
            m.group_id === c.group_id &&
            m.joined_on <= c.received_on &&
            (m.left_on === null || m.left_on > c.received_on),
        ),
    );
    add(p.id, 'capital_access', own || viaGroup ? 1 : 0, 1);
    add(p.id, 'capital_access:PERSON', own ? 1 : 0, 1);
    add(p.id, 'capital_access:GROUP', viaGroup ? 1 : 0, 1);
    const channels = new Set(evs.filter((e) => e.type === 'MARKET_CHANNEL_OPENED').map((e) => e.data.channel));
    add(p.id, 'market_access', channels.size > 0 ? 1 : 0, 1);
    for (const c of CHANNELS) add(p.id, `market_access:${c}`, channels.has(c) ? 1 : 0, 1);
    satisfaction(p.id, evs, add);
    if (p.sex === 'FEMALE') control(p.id, evs, evidence, add);
  }
  return out;
}

type Add = (id: string, key: string, num: number, den: number, val?: number | null) => void;

function satisfaction(id: string, evs: Ev[], add: Add): void {
  for (const e of evs.filter((x) => x.type === 'SATISFACTION_RECORDED')) {
    const mean = Number(e.data.meanScore);
    add(id, 'satisfaction_score', mean >= 4 ? 1 : 0, 1, mean);
    add(id, `satisfaction_score:${String(e.data.occasion)}`, mean >= 4 ? 1 : 0, 1, mean);
    for (const a of e.data.answers as { item: string; score: number }[]) {
      add(id, `satisfaction_score:${a.item}`, a.score >= 4 ? 1 : 0, 1, a.score);
      if (a.item !== 'FACILITATOR_SUPPORT') continue;
      add(id, 'facilitator_rating', a.score >= 4 ? 1 : 0, 1, a.score);
      const by = (e.data.facilitatorId as string | null) ?? 'NONE';
      add(id, `facilitator_rating:facilitator:${by}`, a.score >= 4 ? 1 : 0, 1, a.score);
    }
  }
}

function control(id: string, evs: Ev[], evidence: Map<string, Payload>, add: Add): void {
  const answered = evs
    .filter((e) => e.type === 'RE_EVALUATION_SUBMITTED')
    .map((e) => ({ e, answer: evidence.get(String(e.data.evidenceId))?.decidesBusinessIncomeUse }))
    .filter((x) => typeof x.answer === 'boolean')
    .sort((a, b) => a.e.at.getTime() - b.e.at.getTime() || a.e.seq - b.e.seq);
  const latest = answered.at(-1);
  if (latest) add(id, 'income_control_rate', latest.answer ? 1 : 0, 1);
}
