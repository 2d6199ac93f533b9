import { attendanceRate, heldSessions, shouldAlertLowAttendance, templateOf } from '../module/module-run.rules';
import { addDays } from '../shared/iso-time';
import {
  begin,
  effect,
  emit,
  invalid,
  reject,
  replaceModule,
  type CommandContext,
  type Draft,
  type Handler,
} from './journey-draft.machine';
import {
  findOpenModule,
  firstFailure,
  isModuleRun,
  requireId,
  requireIso,
  requireOneOf,
  requireScore,
} from './journey-payload-checks';
import { earlyEvaluationRefusal, sessionHoursRefusal } from './journey-module-delivery.machine';
import { moveOnWhenPlanDone, settleModule } from './journey-module-settle.machine';
import type { ModuleRun, SessionRun } from './journey.types';

/**
 * Running the plan's modules (rules README, Sources of the process: running modules): sessions, attendance
 * (full/partial), module evaluation (pre/post tests and the template's assignment). A module completes by
 * itself once its planned sessions are held and it is evaluated (and, when its template names one, the journey
 * fact it stands for: module-completion.rules.ts); when no module is left open the journey
 * moves to RE_EVALUATION. Rules with `moduleDelivery` check delivery against the template
 * (journey-module-delivery.machine.ts).
 */
export const scheduleSession: Handler<'scheduleSession'> = (state, cmd, ctx) => {
  const module = findOpenModule(state, cmd.moduleId);
  if (!isModuleRun(module)) return module;
  const bad = firstFailure(
    requireId('sessionId', cmd.sessionId),
    requireIso('scheduledAt', cmd.scheduledAt),
    cmd.groupId === undefined ? null : requireId('groupId', cmd.groupId),
  );
  if (bad) return bad;
  const types = templateOf(module.templateId, ctx.rules)?.sessionMix.map((m) => m.type) ?? [];
  if (!types.includes(cmd.sessionType))
    return invalid(`sessionType must be one of ${types.join(', ')} for ${module.templateId}`);
  if (module.sessions.some((s) => s.sessionId === cmd.sessionId))
    return invalid(`Session ${cmd.sessionId} already exists`);
  const hours = sessionHoursRefusal(module, cmd.durationHours, ctx.rules);
  if (hours) return hours;
  if (cmd.groupId !== undefined) {
    const badGroup = requireId('groupId', cmd.groupId);
    if (badGroup) return badGroup;
  }

  // A group session's copy carries its length and group (scheduleGroupSession); an individual one may carry none.
  const session: SessionRun = {
    sessionId: cmd.sessionId,
    sessionType: cmd.sessionType,
    scheduledAt: cmd.scheduledAt,
    ...(cmd.durationHours !== undefined ? { durationHours: cmd.durationHours } : {}),
    ...(cmd.groupId !== undefined ? { groupId: cmd.groupId } : {}),
  };
  const draft = begin(state);
  replaceModule(draft, module.moduleId, { sessions: [...module.sessions, session] });
  emit(draft, 'SESSION_SCHEDULED', { moduleId: module.moduleId, ...session });
  return draft;
};

export const recordAttendance: Handler<'recordAttendance'> = (state, cmd, ctx) => {
  const module = findOpenModule(state, cmd.moduleId);
  if (!isModuleRun(module)) return module;
  const session = module.sessions.find((s) => s.sessionId === cmd.sessionId);
  if (!session) return reject('SESSION_NOT_FOUND', `No session ${String(cmd.sessionId)} in ${module.moduleId}`);
  const bad = firstFailure(
    requireOneOf('status', cmd.status, ['PRESENT', 'PARTIAL', 'ABSENT'] as const),
    requireIso('heldAt', cmd.heldAt),
  );
  if (bad) return bad;
  // Changing a recorded attendance is a correction (correctData), not a second recording.
  if (session.attendance) return invalid(`Attendance for ${session.sessionId} is already recorded`);

  const draft = begin(state);
  const sessions = module.sessions.map((s) =>
    s === session ? { ...s, attendance: cmd.status, heldAt: cmd.heldAt } : s,
  );
  const starting = module.status === 'PLANNED';
  const updated = replaceModule(
    draft,
    module.moduleId,
    starting ? { sessions, status: 'ACTIVE', actualStart: cmd.heldAt } : { sessions },
  );
  if (starting) emit(draft, 'MODULE_STARTED', { moduleId: module.moduleId, actualStart: cmd.heldAt });
  emit(draft, 'ATTENDANCE_RECORDED', {
    moduleId: module.moduleId,
    sessionId: session.sessionId,
    status: cmd.status,
    heldAt: cmd.heldAt,
    heldSessions: heldSessions(updated),
    attendanceRate: attendanceRate(updated),
  });
  checkLowAttendance(draft, updated, ctx);
  return settleModule(draft, module.moduleId, ctx);
};

export const recordModuleEvaluation: Handler<'recordModuleEvaluation'> = (state, cmd, ctx) => {
  const module = findOpenModule(state, cmd.moduleId);
  if (!isModuleRun(module)) return module;
  const bad = firstFailure(
    requireScore('preScore', cmd.preScore),
    requireScore('postScore', cmd.postScore),
    requireOneOf('assignmentResult', cmd.assignmentResult, ['PASSED', 'FAILED', 'NOT_SUBMITTED'] as const),
  );
  if (bad) return bad;
  const early = earlyEvaluationRefusal(module, ctx.rules, ctx.now);
  if (early) return early;
  const draft = begin(state);
  replaceModule(draft, module.moduleId, {
    preScore: cmd.preScore,
    postScore: cmd.postScore,
    assignmentResult: cmd.assignmentResult,
    evaluatedAt: ctx.now,
  });
  emit(draft, 'MODULE_EVALUATED', {
    moduleId: module.moduleId,
    preScore: cmd.preScore,
    postScore: cmd.postScore,
    assignmentResult: cmd.assignmentResult,
  });
  return settleModule(draft, module.moduleId, ctx);
};

export const closeModule: Handler<'closeModule'> = (state, cmd, ctx) => {
  const module = findOpenModule(state, cmd.moduleId);
  if (!isModuleRun(module)) return module;
  const draft = begin(state);
  replaceModule(draft, module.moduleId, { status: 'CLOSED', actualEnd: ctx.now });
  emit(draft, 'MODULE_CLOSED', {
    moduleId: module.moduleId,
    reasonEvidenceId: cmd.reasonEvidenceId,
    heldSessions: heldSessions(module),
  });
  moveOnWhenPlanDone(draft, ctx);
  return draft;
};

export const extendModule: Handler<'extendModule'> = (state, cmd) => {
  const module = findOpenModule(state, cmd.moduleId);
  if (!isModuleRun(module)) return module;
  if (!Number.isInteger(cmd.extraDays) || cmd.extraDays < 1 || cmd.extraDays > 365)
    return invalid('extraDays must be a whole number within 1..365');
  const draft = begin(state);
  const plannedEnd = addDays(module.plannedEnd, cmd.extraDays);
  replaceModule(draft, module.moduleId, { plannedEnd, extensionsDays: module.extensionsDays + cmd.extraDays });
  emit(draft, 'MODULE_EXTENDED', {
    moduleId: module.moduleId,
    extraDays: cmd.extraDays,
    from: module.plannedEnd,
    plannedEnd,
    reasonEvidenceId: cmd.reasonEvidenceId,
  });
  return draft;
};

function checkLowAttendance(draft: Draft, module: ModuleRun, ctx: CommandContext): void {
  if (!shouldAlertLowAttendance(module, ctx.rules)) return;
  replaceModule(draft, module.moduleId, { lowAttendanceAlerted: true });
  const data = {
    journeyId: draft.state.journeyId,
    moduleId: module.moduleId,
    attendanceRate: attendanceRate(module),
    thresholdPercent: ctx.rules.attendance.lowAttendancePercent,
    facilitatorId: draft.state.facilitatorId,
  };
  emit(draft, 'LOW_ATTENDANCE', data);
  effect(draft, 'ALERT_FACILITATOR', 'LOW_ATTENDANCE', data);
}
