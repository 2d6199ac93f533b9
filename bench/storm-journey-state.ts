/**
 * A timer-storm journey built with the product's own pure machine, no servers: enrolled on the
 * `default` programme, assessed, its one-module plan (SOCIAL_MENTORING) approved, a session
 * scheduled and attended, so the module is ACTIVE and its MODULE_END deadline (plannedEnd +
 * moduleGraceDays) falls exactly at `dueAt`. Every earlier instant lies in the past, as for a
 * journey that received these commands over the last months.
 *
 * Returns what the workflow itself would hold and record: the steps (one per command, shaped by
 * the workflow's own JourneyOutbox), and the input of the run that approval's stage change
 * continued as new into (state, the keys applied in that run, nothing left to record).
 */
import { randomUUID } from 'node:crypto';
import type { RecordedStep } from '../domain/journey/journey-recording.types';
import { applyCommand, startJourney } from '../domain/journey/journey.machine';
import type { Actor, CommandEnvelope, JourneyCommand, JourneyState } from '../domain/journey/journey.types';
import { getProgrammeRules } from '../domain/programme/programme-rules.registry';
import { addDays, addMillis } from '../domain/shared/iso-time';
import { JourneyOutbox } from '../workflows/journey/journey-outbox';
import type { JourneyWorkflowInput } from '../workflows/journey/journey.messages';

export const STORM_PROGRAMME = 'default';
const TEMPLATE = 'SOCIAL_MENTORING';
const HOUR = 3_600_000;

export interface StormJourney {
  journeyId: string;
  facilitatorId: string;
  /** The evidence row (kind ASSESSMENT) the assessment command references. */
  assessmentEvidenceId: string;
  state: JourneyState;
  steps: RecordedStep[];
  input: Required<Pick<JourneyWorkflowInput, 'carried'>>;
}

export function buildStormJourney(journeyId: string, facilitatorId: string, dueAt: Date, tag: string): StormJourney {
  const rules = getProgrammeRules(STORM_PROGRAMME, 1);
  const template = rules.moduleTemplates.find((t) => t.id === TEMPLATE)!;
  const plannedStart = addDays(
    dueAt.toISOString(),
    -(rules.deadlines.moduleGraceDays + template.durationMonths.max * rules.daysPerMonth),
  );
  const enrolledAt = addDays(plannedStart, -20);
  const facilitator: Actor = { userId: facilitatorId, role: 'facilitator' };
  const manager: Actor = { userId: 'storm-manager', role: 'manager' };
  const outbox = new JourneyOutbox();
  const started = startJourney(
    {
      journeyId,
      programmeId: STORM_PROGRAMME,
      rulesId: rules.programmeRulesId,
      rulesVersion: rules.version,
      cohortId: null,
      regionCode: '52.71',
      facilitatorId,
      vulnerableGroups: ['FEMALE_HEAD_OF_HOUSEHOLD'],
      enrolledAt,
      enrolledBy: facilitator,
    },
    rules,
  );
  let state = started.state;
  outbox.add(state.seq, started.events, [], facilitator);
  let keysThisRun: [string, string][] = [];
  const apply = (command: JourneyCommand, actor: Actor, now: string) => {
    const envelope: CommandEnvelope = { idempotencyKey: `storm-${tag}-${journeyId}-${command.type}`, actor, command };
    const t = applyCommand(state, envelope, rules, now);
    if (!t.ok) throw new Error(`storm journey set-up: ${command.type} refused: ${t.code} ${t.message}`);
    if (t.state.stage !== state.stage)
      keysThisRun = []; // the workflow continues as new after a stage change
    else keysThisRun.push([envelope.idempotencyKey, command.type]);
    state = t.state;
    outbox.add(state.seq, t.events, t.effects, actor, envelope);
  };
  const assessmentEvidenceId = randomUUID();
  apply(
    {
      type: 'submitAssessment',
      evidenceId: assessmentEvidenceId,
      needs: ['FINANCIAL_MANAGEMENT'],
      incomeToMinimumWageRatio: 0.35,
    },
    facilitator,
    addDays(enrolledAt, 5),
  );
  apply(
    {
      type: 'approvePlan',
      modules: [{ templateId: TEMPLATE, phase: 1, plannedStart, plannedSessions: template.sessions.min }],
    },
    manager,
    addDays(enrolledAt, 10),
  );
  const moduleId = state.modules[0].moduleId;
  const heldAt = addMillis(plannedStart, 2 * HOUR);
  apply(
    {
      type: 'scheduleSession',
      moduleId,
      sessionId: 'storm-session-1',
      sessionType: template.sessionMix[0].type,
      scheduledAt: heldAt,
    },
    facilitator,
    addMillis(plannedStart, HOUR),
  );
  apply(
    { type: 'recordAttendance', moduleId, sessionId: 'storm-session-1', status: 'PRESENT', heldAt },
    facilitator,
    addMillis(heldAt, HOUR),
  );
  return {
    journeyId,
    facilitatorId,
    assessmentEvidenceId,
    state,
    steps: outbox.take(),
    input: { carried: { state, processedKeys: keysThisRun, outbox: [], recordedSeq: state.seq } },
  };
}
