import { COMMAND_POLICY } from '../../../domain/journey/journey-command-policy';
import { applyCommand } from '../../../domain/journey/journey.machine';
import type { JourneyCommand, Role, Stage } from '../../../domain/journey/journey.types';
import { actor, cmd, day, deepFreeze, envelope, journeyAt, RULES, type FixtureStage } from './journey-fixtures';

/** One valid-looking payload per command, used to probe the guards. */
const PROBES: JourneyCommand[] = [
  cmd.assess(),
  {
    type: 'approvePlan',
    modules: [{ templateId: 'CAPITAL_ACCESS', phase: 1, plannedStart: day(5), plannedSessions: 4 }],
  },
  {
    type: 'scheduleSession',
    moduleId: 'CAPITAL_ACCESS-1',
    sessionId: 'probe',
    sessionType: 'THEORY',
    scheduledAt: day(9),
  },
  { type: 'recordAttendance', moduleId: 'CAPITAL_ACCESS-1', sessionId: 'probe', status: 'PRESENT', heldAt: day(9) },
  {
    type: 'recordModuleEvaluation',
    moduleId: 'CAPITAL_ACCESS-1',
    preScore: 1,
    postScore: 2,
    assignmentResult: 'PASSED',
  },
  { type: 'closeModule', moduleId: 'CAPITAL_ACCESS-1', reasonEvidenceId: 'ev' },
  { type: 'extendModule', moduleId: 'CAPITAL_ACCESS-1', extraDays: 10, reasonEvidenceId: 'ev' },
  cmd.reEvaluate(true),
  { type: 'decideGraduation', decision: 'GRADUATE', reasonEvidenceId: 'ev' },
  { type: 'recordNotGraduatedEvaluation', evidenceId: 'ev' },
  { type: 'startIntensiveSupport', evidenceId: 'ev' },
  { type: 'decideTermination', decision: 'ANOTHER_CYCLE', reasonEvidenceId: 'ev' },
  cmd.followUp(0),
  { type: 'refer', targetProgramme: 'KUR', evidenceId: 'ev' },
  { type: 'recordReferralAnswer', answer: 'ACCEPTED', evidenceId: 'ev' },
];
const EVERYWHERE: JourneyCommand[] = [
  { type: 'exit', exitKind: 'RELOCATION', reasonEvidenceId: 'ev' },
  { type: 'withdraw', reasonEvidenceId: 'ev' },
  { type: 'pause', reasonEvidenceId: 'ev' },
  { type: 'reassignFacilitator', facilitatorId: 'facilitator-2', reasonEvidenceId: 'ev' },
  { type: 'correctData', field: 'assessment.income', reasonEvidenceId: 'ev' },
  { type: 'assignPartner', organisationId: 'koperasi-maju', reasonEvidenceId: 'ev' },
];

const STAGES: Stage[] = [
  'ENROLLED',
  'PLANNING',
  'IN_INTERVENTION',
  'RE_EVALUATION',
  'GRADUATION_REVIEW',
  'NOT_GRADUATED',
  'INTENSIVE_SUPPORT',
  'TERMINATION_REVIEW',
  'GRADUATED',
];

function attempt(stage: FixtureStage, command: JourneyCommand, role?: Role) {
  const d = journeyAt(stage);
  const before = JSON.stringify(d.state);
  const t = applyCommand(
    deepFreeze(d.state),
    envelope(command, role ? actor(role) : undefined),
    RULES,
    d.advance(1).now,
  );
  expect(JSON.stringify(d.state)).toBe(before); // the input state is untouched, accepted or not
  return t;
}

describe('stage guard: a flow command outside its stage is refused with COMMAND_NOT_ALLOWED_IN_STAGE', () => {
  for (const stage of STAGES) {
    const wrong = PROBES.filter((p) => !COMMAND_POLICY[p.type].stages.includes(stage));
    it.each(wrong.map((p) => [p.type, p] as const))(`${stage}: %s`, (_type, probe) => {
      expect(attempt(stage, probe)).toMatchObject({ ok: false, code: 'COMMAND_NOT_ALLOWED_IN_STAGE' });
    });
  }
});

describe('commands accepted in every open stage', () => {
  it.each(STAGES)('%s accepts exit, withdraw, pause, reassignment and corrections', (stage) => {
    for (const command of EVERYWHERE) expect(attempt(stage, command)).toMatchObject({ ok: true });
  });

  it('resume without a pause is refused', () => {
    expect(attempt('IN_INTERVENTION', { type: 'resume' })).toMatchObject({
      ok: false,
      code: 'COMMAND_NOT_ALLOWED_IN_STAGE',
    });
  });
});

describe('closed journeys refuse everything with JOURNEY_CLOSED', () => {
  const closed: [string, () => ReturnType<typeof journeyAt>][] = [
    ['COMPLETED', () => journeyAt('COMPLETED')],
    ['TERMINATED', () => journeyAt('TERMINATED')],
    [
      'EXITED',
      () => {
        const d = journeyAt('IN_INTERVENTION');
        d.do(EVERYWHERE[0]);
        return d;
      },
    ],
    [
      'WITHDRAWN',
      () => {
        const d = journeyAt('PLANNING');
        d.do(EVERYWHERE[1]);
        return d;
      },
    ],
  ];
  it.each(closed)('%s', (_name, make) => {
    const d = make();
    expect(d.state.closed).not.toBeNull();
    for (const command of [
      ...PROBES,
      ...EVERYWHERE,
      { type: 'resume' } as JourneyCommand,
      cmd.communicate('GRADUATE'),
    ]) {
      expect(d.try(command, actor('manager'))).toMatchObject({ ok: false, code: 'JOURNEY_CLOSED' });
    }
  });
});

describe('role guard', () => {
  const ALL = [...PROBES, ...EVERYWHERE, { type: 'resume' } as JourneyCommand, cmd.communicate('GRADUATE')];
  it.each(['auditor', 'viewer', 'admin', 'system'] as Role[])('%s may issue no journey command', (role) => {
    for (const command of ALL)
      expect(attempt('IN_INTERVENTION', command, role)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it.each([
    ['approvePlan', 'PLANNING'],
    ['closeModule', 'IN_INTERVENTION'],
    ['extendModule', 'IN_INTERVENTION'],
    ['decideGraduation', 'GRADUATION_REVIEW'],
    ['decideTermination', 'TERMINATION_REVIEW'],
  ] as const)('a facilitator may not %s', (type, stage) => {
    const probe = PROBES.find((p) => p.type === type)!;
    expect(attempt(stage, probe, 'facilitator')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it.each(['exit', 'pause', 'reassignFacilitator'] as const)('a facilitator may not %s', (type) => {
    const probe = EVERYWHERE.find((p) => p.type === type)!;
    expect(attempt('IN_INTERVENTION', probe, 'facilitator')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it.each([
    ['submitAssessment', 'ENROLLED'],
    ['submitReEvaluation', 'RE_EVALUATION'],
    ['recordFollowUp', 'GRADUATED'],
  ] as const)('a manager may not do field work: %s', (type, stage) => {
    const probe = PROBES.find((p) => p.type === type)!;
    expect(attempt(stage, probe, 'manager')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('a facilitator may record a withdrawal and a correction', () => {
    expect(attempt('IN_INTERVENTION', EVERYWHERE[1], 'facilitator')).toMatchObject({ ok: true });
    expect(attempt('IN_INTERVENTION', EVERYWHERE[4], 'facilitator')).toMatchObject({ ok: true });
  });
});

describe('reason guard: REASON_REQUIRED without reasonEvidenceId', () => {
  const cases: [FixtureStage, JourneyCommand][] = [
    ['IN_INTERVENTION', { type: 'closeModule', moduleId: 'CAPITAL_ACCESS-1', reasonEvidenceId: '' }],
    ['IN_INTERVENTION', { type: 'extendModule', moduleId: 'CAPITAL_ACCESS-1', extraDays: 5, reasonEvidenceId: ' ' }],
    ['TERMINATION_REVIEW', { type: 'decideTermination', decision: 'TERMINATE', reasonEvidenceId: '' }],
    ['PLANNING', { type: 'exit', exitKind: 'DEATH', reasonEvidenceId: '' }],
    ['GRADUATED', { type: 'withdraw', reasonEvidenceId: '' }],
    ['ENROLLED', { type: 'correctData', field: 'x', reasonEvidenceId: '' }],
    ['ENROLLED', { type: 'reassignFacilitator', facilitatorId: 'f2', reasonEvidenceId: '' }],
  ];
  it.each(cases.map(([s, c]) => [c.type, s, c] as const))('%s in %s', (_t, stage, command) => {
    expect(attempt(stage, command)).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
  });
});

describe('pause guard', () => {
  it('a paused journey refuses flow commands with JOURNEY_PAUSED but accepts the escape hatches', () => {
    const d = journeyAt('ENROLLED');
    d.do({ type: 'pause', reasonEvidenceId: 'ev-sick' });
    expect(d.try(cmd.assess())).toMatchObject({ ok: false, code: 'JOURNEY_PAUSED' });
    expect(d.try({ type: 'pause', reasonEvidenceId: 'ev' })).toMatchObject({ ok: false, code: 'JOURNEY_PAUSED' });
    for (const command of [EVERYWHERE[3], EVERYWHERE[4]]) expect(d.try(command)).toMatchObject({ ok: true });
    d.do({ type: 'resume' });
    expect(d.try(cmd.assess())).toMatchObject({ ok: true });
  });

  it('exit while paused closes the journey and clears the pause', () => {
    const d = journeyAt('IN_INTERVENTION');
    d.do({ type: 'pause', reasonEvidenceId: 'ev' });
    d.do({ type: 'exit', exitKind: 'SANCTION', reasonEvidenceId: 'ev-rule' });
    expect(d.state).toMatchObject({
      stage: 'EXITED',
      paused: null,
      closed: { stage: 'EXITED', exitKind: 'SANCTION', reasonEvidenceId: 'ev-rule' },
    });
  });
});

describe('communication guard', () => {
  it('a decision must be communicated before the journey moves on', () => {
    const d = journeyAt('GRADUATION_REVIEW');
    d.decide('NOT_YET');
    expect(d.try({ type: 'recordNotGraduatedEvaluation', evidenceId: 'ev' })).toMatchObject({
      ok: false,
      code: 'COMMUNICATION_REQUIRED',
    });
    expect(d.try(cmd.communicate('GRADUATE'))).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(d.try({ ...cmd.communicate('NOT_YET'), evidenceId: '' } as JourneyCommand)).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
    for (const command of EVERYWHERE.slice(2)) expect(d.try(command)).toMatchObject({ ok: true });
    d.do({ type: 'resume' });
    d.do(cmd.communicate('NOT_YET'));
    expect(d.state.pendingCommunication).toBeNull();
    expect(d.try({ type: 'recordNotGraduatedEvaluation', evidenceId: 'ev' })).toMatchObject({ ok: true });
  });

  it('there is nothing to communicate without a pending decision', () => {
    expect(attempt('IN_INTERVENTION', cmd.communicate('GRADUATE'))).toMatchObject({
      ok: false,
      code: 'COMMAND_NOT_ALLOWED_IN_STAGE',
    });
  });
});

describe('malformed envelopes', () => {
  it('refuses unknown commands, missing actors and a bad clock with VALIDATION_FAILED', () => {
    const d = journeyAt('ENROLLED');
    const bogus = { type: 'fly' } as unknown as JourneyCommand;
    expect(applyCommand(d.state, envelope(bogus, actor('manager')), RULES, d.now)).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
    expect(
      applyCommand(
        d.state,
        { idempotencyKey: 'k', actor: { userId: '', role: 'facilitator' }, command: cmd.assess() },
        RULES,
        d.now,
      ),
    ).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(applyCommand(d.state, envelope(cmd.assess()), RULES, 'yesterday')).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
  });
});
