import { actor, FACILITATOR, journeyAt, JourneyDriver, MANAGER } from './journey-fixtures';

const PARTNER = actor('partner');

/** Implementing partners on a journey: assignment by a manager, and referrals their organisation answers. */
describe('a journey and its implementing partner', () => {
  it('is assigned to an organisation by a manager, with a reason, and says so in an event', () => {
    const d = new JourneyDriver();
    const t = d.try({ type: 'assignPartner', organisationId: 'yayasan-bicara', reasonEvidenceId: 'ev-why' }, MANAGER);
    expect(t).toMatchObject({ ok: true });
    expect(d.state.partnerOrganisationId).toBe('yayasan-bicara');
    expect(d.events.at(-1)).toMatchObject({
      type: 'PARTNER_ASSIGNED',
      data: { from: null, to: 'yayasan-bicara', reasonEvidenceId: 'ev-why' },
    });
  });

  it('refuses a facilitator, a missing reason and the organisation it already has', () => {
    const d = new JourneyDriver();
    const assign = (by = MANAGER, reasonEvidenceId = 'ev') =>
      d.try({ type: 'assignPartner', organisationId: 'koperasi-maju', reasonEvidenceId }, by);
    expect(assign(FACILITATOR)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(assign(MANAGER, '')).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
    expect(assign()).toMatchObject({ ok: true });
    expect(assign()).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('keeps the receiving organisation of a referral, whose partner then answers it', () => {
    const d = journeyAt('GRADUATED');
    d.do({ type: 'refer', targetProgramme: 'KUR', organisationId: 'koperasi-maju', evidenceId: 'ev-ref' });
    expect(d.state.referral).toMatchObject({ targetProgramme: 'KUR', organisationId: 'koperasi-maju' });
    if (d.state.pendingCommunication === 'REFER')
      d.do({ type: 'recordCommunication', decision: 'REFER', evidenceId: 'ev' });
    const t = d.try({ type: 'recordReferralAnswer', answer: 'ACCEPTED', evidenceId: 'ev-answer' }, PARTNER);
    expect(t).toMatchObject({ ok: true });
    expect(d.state.referral).toMatchObject({ answer: 'ACCEPTED' });
    expect(d.events.at(-1)).toMatchObject({ type: 'REFERRAL_ANSWERED', data: { organisationId: 'koperasi-maju' } });
  });

  it('leaves a referral naming no organisation to the facilitator', () => {
    const d = journeyAt('GRADUATED');
    d.do({ type: 'refer', targetProgramme: 'KUR', evidenceId: 'ev-ref' });
    expect(d.state.referral).not.toHaveProperty('organisationId');
    if (d.state.pendingCommunication === 'REFER')
      d.do({ type: 'recordCommunication', decision: 'REFER', evidenceId: 'ev' });
    const answer = { type: 'recordReferralAnswer', answer: 'ACCEPTED', evidenceId: 'ev-answer' } as const;
    expect(d.try(answer, PARTNER)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(d.try(answer, FACILITATOR)).toMatchObject({ ok: true });
  });
});
