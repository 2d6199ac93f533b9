import { nextExpectedAction } from '../../../domain/journey/journey.machine';
import { followUpOpensAt } from '../../../domain/journey/journey-follow-up-window.rules';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import { addDays, DAY_MS, millisBetween } from '../../../domain/shared/iso-time';
import { cmd, journeyAt, MANAGER } from './journey-fixtures';

const V2 = getProgrammeRules('default', 2); // follow-ups 3, 6, 12 months; window opens 15 days before each
const SANDBOX_V2 = getProgrammeRules('training-sandbox', 2);

/** A graduate on default v2, the clock at the moment the graduation was communicated. */
function graduate(rules = V2) {
  const d = journeyAt('GRADUATED', rules);
  return { d, graduatedAt: d.now };
}

describe('a follow-up belongs to a window around its due date (rules v2)', () => {
  it('refuses a follow-up recorded on graduation day with FOLLOW_UP_NOT_DUE, naming when it opens', () => {
    const { d, graduatedAt } = graduate();
    const first = d.state.followUps[0];
    expect(first.dueAt).toBe(addDays(graduatedAt, 90));
    const before = d.state;
    const t = d.try(cmd.followUp(0));
    expect(t).toMatchObject({ ok: false, code: 'FOLLOW_UP_NOT_DUE' });
    expect(!t.ok && t.message).toContain(addDays(graduatedAt, 75));
    expect(d.state).toBe(before); // nothing recorded, no event, no welfare entry
  });

  it('opens the window opensDaysBeforeDue before each due date, counted from that follow-up', () => {
    const { d, graduatedAt } = graduate();
    const opens = d.state.followUps.map((f) => followUpOpensAt(f, V2));
    expect(opens).toEqual([75, 165, 345].map((n) => addDays(graduatedAt, n)));

    d.advance(75).advance(-1 / 86_400); // one second early
    expect(d.try(cmd.followUp(0))).toMatchObject({ ok: false, code: 'FOLLOW_UP_NOT_DUE' });
    d.advance(1 / 86_400).do(cmd.followUp(0));
    expect(d.state.followUps[0].recordedAt).toBe(opens[0]);

    // The next one does not open with the previous one: it has its own window.
    expect(d.try(cmd.followUp(1))).toMatchObject({ ok: false, code: 'FOLLOW_UP_NOT_DUE' });
    d.advance(90).do(cmd.followUp(1));
    d.advance(180).do(cmd.followUp(2));
    expect(d.state.closed).toMatchObject({ stage: 'COMPLETED' });
  });

  it('keeps accepting a late follow-up: lateness escalates as overdue, it is never refused', () => {
    const { d } = graduate();
    expect(d.fire('FOLLOW_UP')).toMatchObject({ ok: true, effects: [{ kind: 'ESCALATE_TO_MANAGER' }] });
    expect(d.state.overdue.map((o) => o.kind)).toEqual(['FOLLOW_UP']);
    d.do(cmd.followUp(0));
    expect(d.state.overdue).toEqual([]);
  });

  it('checks the order first: a later index is refused as out of order, not as early', () => {
    const { d } = graduate();
    expect(d.try(cmd.followUp(1))).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('moves the window with the due date when a pause moves it', () => {
    const { d, graduatedAt } = graduate();
    d.do({ type: 'pause', reasonEvidenceId: 'ev-pause' }, MANAGER);
    d.advance(30).do({ type: 'resume' }, MANAGER);
    expect(followUpOpensAt(d.state.followUps[0], V2)).toBe(addDays(graduatedAt, 105));
    d.advance(74); // day 104: would have been open without the pause
    expect(d.try(cmd.followUp(0))).toMatchObject({ ok: false, code: 'FOLLOW_UP_NOT_DUE' });
    d.advance(1).do(cmd.followUp(0));
  });

  it('still names recordFollowUp, due at the due date, as the next action while the window is closed', () => {
    const { d } = graduate();
    expect(nextExpectedAction(d.state, V2)).toEqual({
      action: 'recordFollowUp',
      by: 'facilitator',
      dueAt: d.state.followUps[0].dueAt,
    });
  });

  it('on the sandbox clock opens half a sandbox month (about 4.3 s) before the due date', () => {
    const { d, graduatedAt } = graduate(SANDBOX_V2);
    const [first, second] = d.state.followUps;
    expect(millisBetween(graduatedAt, first.dueAt)).toBe(8_640);
    expect(millisBetween(followUpOpensAt(first, SANDBOX_V2)!, first.dueAt)).toBe(4_320);
    expect(d.try(cmd.followUp(0))).toMatchObject({ ok: false, code: 'FOLLOW_UP_NOT_DUE' });
    d.advance(4_320 / DAY_MS).do(cmd.followUp(0));
    expect(d.try(cmd.followUp(1))).toMatchObject({ ok: false, code: 'FOLLOW_UP_NOT_DUE' });
    d.advance(millisBetween(d.now, followUpOpensAt(second, SANDBOX_V2)!) / DAY_MS).do(cmd.followUp(1));
    expect(d.state.closed).toMatchObject({ stage: 'COMPLETED' });
  });
});

describe('journeys on v1 rules keep recording follow-ups any time after graduation', () => {
  it.each(['default', 'training-sandbox'])('%s v1: no window, a follow-up on graduation day is accepted', (id) => {
    const rules = getProgrammeRules(id, 1);
    const { d } = graduate(rules);
    expect(followUpOpensAt(d.state.followUps[0], rules)).toBeNull();
    d.do(cmd.followUp(0));
    expect(d.state.followUps[0].recordedAt).toBe(d.now);
  });
});
