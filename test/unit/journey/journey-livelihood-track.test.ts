import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import { cmd, journeyAt, JourneyDriver } from './journey-fixtures';

// Default v5 without the module minimum durations, so the driver's modules complete in days.
const V5 = { ...getProgrammeRules('default', 5), moduleDelivery: undefined };
const reEvaluate = (work: { inWork?: boolean; monthsInWork?: number }, businessRunning = false) => ({
  type: 'submitReEvaluation' as const,
  evidenceId: 'ev-reeval',
  incomeToMinimumWageRatio: 1.3,
  businessRunning,
  mindsetChanged: true,
  ...work,
});

function plannedWith(needs: Parameters<JourneyDriver['assess']>[0], track?: 'JOB' | 'BUSINESS'): JourneyDriver {
  const d = new JourneyDriver(V5);
  d.advance(3).assess(needs);
  d.advance(2).do({ type: 'approvePlan', modules: d.state.proposedModules, ...(track ? { track } : {}) });
  return d.runAllModules();
}

describe('the livelihood track of the plan (default v5)', () => {
  it("takes the assessment's proposal when the manager gives none, and the manager's choice otherwise", () => {
    expect(plannedWith(['JOB_SKILLS']).state.track).toBe('JOB');
    expect(plannedWith(['CAPITAL']).state.track).toBe('BUSINESS');
    expect(plannedWith(['JOB_SKILLS'], 'BUSINESS').state.track).toBe('BUSINESS');
  });

  it('proposes graduation to a wage earner on the JOB track, and NOT_YET short of the months in work', () => {
    const d = plannedWith(['JOB_SKILLS']);
    d.advance(5).do(reEvaluate({ inWork: true, monthsInWork: 2 }));
    const short = d.state.reEvaluations.at(-1)!;
    expect(short.proposal.proposal).toBe('NOT_YET');
    expect(short.proposal.criteria.filter((c) => !c.met).map((c) => c.criterion)).toEqual(['MONTHS_IN_WORK']);
    expect(short).toMatchObject({ inWork: true, monthsInWork: 2 });

    const e = plannedWith(['JOB_SKILLS']);
    e.advance(5).do(reEvaluate({ inWork: true, monthsInWork: 3 }));
    expect(e.state.reEvaluations.at(-1)!.proposal.proposal).toBe('GRADUATE');
  });

  it('refuses months in work for a person not in work (LIVELIHOOD_FACTS_INCONSISTENT) and changes nothing', () => {
    const d = plannedWith(['JOB_SKILLS']);
    const before = d.state;
    expect(d.try(reEvaluate({ inWork: false, monthsInWork: 4 }))).toMatchObject({
      ok: false,
      code: 'LIVELIHOOD_FACTS_INCONSISTENT',
    });
    expect(d.state).toBe(before);
  });

  it('refuses a track on rules without tracks (v1-v4) and keeps their journeys without one', () => {
    const d = journeyAt('PLANNING');
    expect(d.try({ type: 'approvePlan', modules: d.state.proposedModules, track: 'JOB' })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
    d.approve();
    expect(d.state.track).toBeUndefined();
  });

  it('records work facts on a follow-up, and keeps older follow-ups without them', () => {
    const d = plannedWith(['JOB_SKILLS']);
    d.advance(5).do(reEvaluate({ inWork: true, monthsInWork: 6 }));
    d.decide('GRADUATE').do(cmd.communicate('GRADUATE'));
    d.advance(90).do({ ...(cmd.followUp(0) as object), inWork: true, monthsInWork: 9 } as never);
    expect(d.state.followUps[0]).toMatchObject({ inWork: true, monthsInWork: 9, businessRunning: true });
    const old = journeyAt('COMPLETED');
    expect(old.state.followUps[0]).not.toHaveProperty('inWork');
  });
});
