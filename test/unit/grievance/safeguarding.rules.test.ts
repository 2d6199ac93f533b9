import { checkSafeguardingAction, type SafeguardingCase } from '../../../domain/safeguarding/safeguarding.rules';
import { journeyAt } from '../journey/journey-fixtures';

const open: SafeguardingCase = { status: 'OPEN', finding: null };

describe('safeguarding rules', () => {
  it(
    'support and referral any time while open; sanctions only after a PROVEN finding; ' +
      'a participant exits only through the journey',
    () => {
      expect(checkSafeguardingAction(open, 'PSYCHOLOGICAL_SUPPORT')).toEqual({ ok: true, next: open });
      expect(checkSafeguardingAction(open, 'STAFF_SANCTIONED')).toMatchObject({
        ok: false,
        code: 'COMMAND_NOT_ALLOWED_IN_STAGE',
      });
      const proven = checkSafeguardingAction(open, 'FINDING_PROVEN');
      expect(proven).toEqual({ ok: true, next: { status: 'OPEN', finding: 'PROVEN' } });
      const provenCase = { status: 'OPEN' as const, finding: 'PROVEN' as const };
      expect(checkSafeguardingAction(provenCase, 'STAFF_SANCTIONED').ok).toBe(true);
      expect(checkSafeguardingAction(provenCase, 'PARTICIPANT_EXITED')).toMatchObject({
        ok: false,
        code: 'VALIDATION_FAILED',
      }); // the team cannot note it
      expect(checkSafeguardingAction(provenCase, 'PARTICIPANT_EXITED', false).ok).toBe(true); // the sanction path can
      expect(checkSafeguardingAction({ status: 'OPEN', finding: 'NOT_PROVEN' }, 'PARTICIPANT_EXITED', false).ok).toBe(
        false,
      );
      const closed = checkSafeguardingAction(provenCase, 'CLOSED');
      expect(closed).toEqual({ ok: true, next: { status: 'CLOSED', finding: 'PROVEN' } });
      expect(checkSafeguardingAction({ status: 'CLOSED', finding: 'PROVEN' }, 'LEGAL_SUPPORT')).toMatchObject({
        ok: false,
        code: 'COMMAND_NOT_ALLOWED_IN_STAGE',
      });
      expect(checkSafeguardingAction(open, 'NOPE' as never)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    },
  );
});

describe('journey exit for a safeguarding sanction', () => {
  it('closes the journey as EXITED / SAFEGUARDING_SANCTION only when the command names the report', () => {
    const d = journeyAt('IN_INTERVENTION');
    expect(d.try({ type: 'exit', exitKind: 'SAFEGUARDING_SANCTION', reasonEvidenceId: 'ev' })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
    const t = d.do({
      type: 'exit',
      exitKind: 'SAFEGUARDING_SANCTION',
      reasonEvidenceId: 'ev',
      safeguardingReportId: 'report-1',
    });
    expect(t.state).toMatchObject({
      stage: 'EXITED',
      closed: { stage: 'EXITED', exitKind: 'SAFEGUARDING_SANCTION', reasonEvidenceId: 'ev' },
    });
    expect(t.events.find((e) => e.type === 'EXITED')?.data).toMatchObject({
      exitKind: 'SAFEGUARDING_SANCTION',
      safeguardingReportId: 'report-1',
    });
  });
});
