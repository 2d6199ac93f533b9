import { COMMAND_POLICY } from '../../../domain/journey/journey-command-policy';
import { onDeadline, pendingDeadlines } from '../../../domain/journey/journey-deadlines.machine';
import { applyCommand, startJourney } from '../../../domain/journey/journey.machine';
import type {
  Actor,
  CommandEnvelope,
  DeadlineKind,
  DecisionKind,
  JourneyCommand,
  JourneyEffect,
  JourneyEvent,
  JourneyStart,
  JourneyState,
  Role,
  Stage,
  Transition,
} from '../../../domain/journey/journey.types';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import type { NeedCode, ProgrammeRules } from '../../../domain/programme/programme-rules.types';
import { addDays } from '../../../domain/shared/iso-time';

/**
 * Shared journey fixtures for the unit and workflow tests: actors, a clock, command builders and
 * a driver that walks a journey to any stage through the public machine API only. Every state
 * the driver holds is deep-frozen, so any mutation of an input state throws.
 */
export const RULES: ProgrammeRules = getProgrammeRules('default', 1);
export const T0 = '2026-01-05T00:00:00.000Z';
export const day = (n: number): string => addDays(T0, n);

export const actor = (role: Role, userId = `${role}-1`): Actor => ({ userId, role });
export const FACILITATOR = actor('facilitator');
export const MANAGER = actor('manager');

export function startInput(overrides: Partial<JourneyStart> = {}): JourneyStart {
  return {
    journeyId: 'ben-0001',
    programmeId: 'prog-ntb-2026',
    rulesId: 'default',
    rulesVersion: 1,
    cohortId: 'cohort-1',
    regionCode: '52.01',
    facilitatorId: 'facilitator-1',
    vulnerableGroups: ['FEMALE_HEAD_OF_HOUSEHOLD'],
    enrolledAt: T0,
    enrolledBy: MANAGER,
    ...overrides,
  };
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}

/** The role the policy expects first for a command (facilitator for field work, else manager). */
export const defaultActor = (type: JourneyCommand['type']): Actor => actor(COMMAND_POLICY[type].roles[0]);

export function envelope(
  command: JourneyCommand,
  by: Actor = defaultActor(command.type),
  key = `k-${command.type}`,
): CommandEnvelope {
  return { idempotencyKey: key, actor: by, command };
}

export const cmd = {
  assess: (needs: NeedCode[] = ['CAPITAL'], ratio = 0.3): JourneyCommand => ({
    type: 'submitAssessment',
    evidenceId: 'ev-assessment',
    needs,
    incomeToMinimumWageRatio: ratio,
  }),
  reEvaluate: (pass: boolean, ratio = pass ? 1.2 : 0.6): JourneyCommand => ({
    type: 'submitReEvaluation',
    evidenceId: 'ev-reeval',
    incomeToMinimumWageRatio: ratio,
    businessRunning: pass,
    mindsetChanged: pass,
  }),
  communicate: (decision: DecisionKind): JourneyCommand => ({
    type: 'recordCommunication',
    decision,
    evidenceId: `ev-comm-${decision}`,
  }),
  followUp: (index: number, ratio = 1.3): JourneyCommand => ({
    type: 'recordFollowUp',
    index,
    evidenceId: `ev-fu-${index}`,
    incomeToMinimumWageRatio: ratio,
    businessRunning: true,
  }),
};

export class JourneyDriver {
  state: JourneyState;
  now: string;
  events: JourneyEvent[] = [];
  effects: JourneyEffect[] = [];
  private keys = 0;

  constructor(
    readonly rules: ProgrammeRules = RULES,
    start: JourneyStart = startInput({ rulesId: rules.programmeRulesId, rulesVersion: rules.version }),
  ) {
    const started = startJourney(start, rules);
    this.state = deepFreeze(started.state);
    this.events.push(...started.events);
    this.now = started.state.enrolledAt;
  }

  advance(days: number): this {
    this.now = addDays(this.now, days);
    return this;
  }

  /** Applies a command; the returned transition is not kept when rejected. */
  try(command: JourneyCommand, by?: Actor): Transition {
    const t = applyCommand(
      this.state,
      envelope(command, by ?? defaultActor(command.type), `k-${++this.keys}`),
      this.rules,
      this.now,
    );
    if (t.ok) this.keep(t);
    return t;
  }

  do(command: JourneyCommand, by?: Actor): Extract<Transition, { ok: true }> {
    const t = this.try(command, by);
    if (!t.ok) throw new Error(`${command.type} rejected in ${this.state.stage}: ${t.code} ${t.message}`);
    return t;
  }

  /** Moves the clock to the first pending deadline of this kind and fires it. */
  fire(kind: DeadlineKind): Transition {
    const deadline = pendingDeadlines(this.state, this.rules).find((d) => d.kind === kind);
    if (!deadline) throw new Error(`No pending ${kind} deadline in ${this.state.stage}`);
    if (deadline.dueAt > this.now) this.now = deadline.dueAt;
    const t = onDeadline(this.state, deadline.key, this.rules, this.now);
    if (t.ok) this.keep(t);
    return t;
  }

  private keep(t: Extract<Transition, { ok: true }>): void {
    this.state = deepFreeze(t.state);
    this.events.push(...t.events);
    this.effects.push(...t.effects);
  }

  assess(needs?: NeedCode[], ratio?: number): this {
    this.do(cmd.assess(needs, ratio));
    return this;
  }

  approve(): this {
    this.advance(2).do({ type: 'approvePlan', modules: this.state.proposedModules });
    return this;
  }

  /** Holds every planned session of the module with the given attendance, then evaluates it. */
  runModule(moduleId: string, status: 'PRESENT' | 'PARTIAL' | 'ABSENT' = 'PRESENT', evaluate = true): this {
    const module = this.state.modules.find((m) => m.moduleId === moduleId);
    if (!module) throw new Error(`no module ${moduleId}`);
    const template = this.rules.moduleTemplates.find((t) => t.id === module.templateId)!;
    const type = template.sessionMix[0].type;
    for (let i = module.sessions.length; i < module.plannedSessions; i++) {
      const sessionId = `${moduleId}-s${i + 1}`;
      this.advance(3).do({ type: 'scheduleSession', moduleId, sessionId, sessionType: type, scheduledAt: this.now });
      this.do({ type: 'recordAttendance', moduleId, sessionId, status, heldAt: this.now });
    }
    if (evaluate)
      this.do({ type: 'recordModuleEvaluation', moduleId, preScore: 40, postScore: 75, assignmentResult: 'PASSED' });
    // A template that waits for an outcome (v5 CAPITAL_ACCESS: a submitted proposal) gets it, as in the field.
    if (
      evaluate &&
      template.completionRequires === 'CAPITAL_PROPOSAL_SUBMITTED' &&
      !this.state.capitalProposals?.length
    )
      this.do({ type: 'submitCapitalProposal', source: 'KUR', evidenceId: `ev-proposal-${moduleId}` });
    if (evaluate && template.completionRequires === 'MARKET_CHANNEL_OPENED' && !this.state.marketChannels?.length)
      this.do({ type: 'openMarketChannel', channel: 'LOCAL', evidenceId: `ev-channel-${moduleId}` });
    return this;
  }

  runAllModules(): this {
    for (const m of this.state.modules) if (m.status === 'PLANNED' || m.status === 'ACTIVE') this.runModule(m.moduleId);
    return this;
  }

  decide(decision: 'GRADUATE' | 'NOT_YET', reasonEvidenceId?: string): this {
    this.do({ type: 'decideGraduation', decision, ...(reasonEvidenceId ? { reasonEvidenceId } : {}) });
    return this;
  }

  /** NOT_GRADUATED (communicated) -> evaluation -> intensive support (communicated) -> cycle end -> RE_EVALUATION. */
  intensiveCycle(): this {
    this.do({ type: 'recordNotGraduatedEvaluation', evidenceId: 'ev-causes' });
    this.do({ type: 'startIntensiveSupport', evidenceId: 'ev-action-plan' });
    this.do(cmd.communicate('INTENSIVE_SUPPORT'));
    this.fire('INTENSIVE_CYCLE_END');
    return this;
  }

  /** A failed re-evaluation, decided NOT_YET and communicated. */
  failReview(): this {
    this.advance(5).do(cmd.reEvaluate(false));
    this.decide('NOT_YET').do(cmd.communicate('NOT_YET'));
    return this;
  }
}

export type FixtureStage = Stage | 'TERMINATED_PENDING';

/** A driver whose journey sits at the start of `stage`, with no communication pending. */
export function journeyAt(stage: FixtureStage, rules: ProgrammeRules = RULES): JourneyDriver {
  const d = new JourneyDriver(rules);
  if (stage === 'ENROLLED') return d;
  d.advance(3).assess();
  if (stage === 'PLANNING') return d;
  d.approve();
  if (stage === 'IN_INTERVENTION') return d;
  d.runAllModules();
  if (stage === 'RE_EVALUATION') return d;
  if (stage === 'GRADUATION_REVIEW') {
    d.advance(5).do(cmd.reEvaluate(false));
    return d;
  }
  if (stage === 'GRADUATED' || stage === 'COMPLETED') {
    d.advance(5).do(cmd.reEvaluate(true));
    d.decide('GRADUATE').do(cmd.communicate('GRADUATE'));
    if (stage === 'COMPLETED') d.state.followUps.forEach((f) => d.advance(90).do(cmd.followUp(f.index)));
    return d;
  }
  d.failReview();
  if (stage === 'NOT_GRADUATED') return d;
  if (stage === 'INTENSIVE_SUPPORT') {
    d.do({ type: 'recordNotGraduatedEvaluation', evidenceId: 'ev-causes' });
    d.do({ type: 'startIntensiveSupport', evidenceId: 'ev-action-plan' });
    d.do(cmd.communicate('INTENSIVE_SUPPORT'));
    return d;
  }
  for (let i = 0; i < rules.intensiveSupport.cyclesBeforeTerminationReview; i++) d.intensiveCycle().failReview();
  if (stage === 'TERMINATION_REVIEW') return d;
  d.do({ type: 'decideTermination', decision: 'TERMINATE', reasonEvidenceId: 'ev-termination' });
  if (stage === 'TERMINATED_PENDING') return d;
  if (stage === 'EXITED' || stage === 'WITHDRAWN') throw new Error('use exit/withdraw on a driver');
  d.do(cmd.communicate('TERMINATE'));
  return d;
}
