import { programmeRulesDocumentProblems } from '../programme/programme-rules-document.validation';
import { listProgrammeRules } from '../programme/programme-rules.registry';
import { addMillis, millisBetween } from '../shared/iso-time';
import { begin, closeJourney, emit, invalid, reject, update, type Handler } from './journey-draft.machine';
import { requireId, requireOneOf } from './journey-payload-checks';
import { EXIT_KINDS, type JourneyState } from './journey.types';

/**
 * Commands available in every open stage. Exit, withdrawal and pausing are seed silent beyond
 * expulsion for rule violations (rules README, Sources of the process: exits); Jejak treats them as
 * documented defaults (spec 10.7). Raw corrections live in PostgreSQL: the journey only records
 * that one happened.
 */
export const exit: Handler<'exit'> = (state, cmd, { now }) => {
  const bad = requireOneOf('exitKind', cmd.exitKind, EXIT_KINDS);
  if (bad) return bad;
  // A safeguarding sanction always names the proven report it follows (zero tolerance; rules README,
  // Sources of the process: safeguarding).
  const sanction = cmd.exitKind === 'SAFEGUARDING_SANCTION';
  const noReport = sanction ? requireId('safeguardingReportId', cmd.safeguardingReportId) : null;
  if (noReport) return noReport;
  const draft = begin(state);
  emit(draft, 'EXITED', {
    exitKind: cmd.exitKind,
    reasonEvidenceId: cmd.reasonEvidenceId,
    fromStage: state.stage,
    ...(sanction ? { safeguardingReportId: cmd.safeguardingReportId } : {}),
  });
  closeJourney(draft, 'EXITED', now, { reasonEvidenceId: cmd.reasonEvidenceId, exitKind: cmd.exitKind });
  return draft;
};

export const withdraw: Handler<'withdraw'> = (state, cmd, { now }) => {
  const draft = begin(state);
  emit(draft, 'WITHDRAWN', { reasonEvidenceId: cmd.reasonEvidenceId, fromStage: state.stage });
  closeJourney(draft, 'WITHDRAWN', now, { reasonEvidenceId: cmd.reasonEvidenceId });
  return draft;
};

export const pause: Handler<'pause'> = (state, cmd, { now }) => {
  const draft = begin(state);
  const reason =
    typeof cmd.reasonEvidenceId === 'string' && cmd.reasonEvidenceId ? { reasonEvidenceId: cmd.reasonEvidenceId } : {};
  update(draft, { paused: { since: now, ...reason } });
  emit(draft, 'PAUSED', { since: now, ...reason });
  return draft;
};

/** The running clock stops while paused: every date still ahead of the journey moves by the pause. */
export const resume: Handler<'resume'> = (state, _cmd, { now }) => {
  if (!state.paused) return reject('COMMAND_NOT_ALLOWED_IN_STAGE', 'The journey is not paused');
  const pausedMs = Math.max(0, millisBetween(state.paused.since, now));
  const draft = begin(state);
  update(draft, {
    ...shiftedDates(state, pausedMs),
    paused: null,
    pauseHistory: [...(state.pauseHistory ?? []), { since: state.paused.since, until: now }],
  });
  emit(draft, 'RESUMED', { pausedSince: state.paused.since, pausedMs });
  return draft;
};

function shiftedDates(
  state: JourneyState,
  ms: number,
): Pick<JourneyState, 'modules' | 'intensiveCycles' | 'followUps'> {
  const shift = (iso: string) => addMillis(iso, ms);
  return {
    modules: state.modules.map((m) => {
      if (m.status === 'PLANNED') return { ...m, plannedStart: shift(m.plannedStart), plannedEnd: shift(m.plannedEnd) };
      if (m.status === 'ACTIVE') return { ...m, plannedEnd: shift(m.plannedEnd) };
      return m;
    }),
    intensiveCycles: state.intensiveCycles.map((c) => (c.endedAt ? c : { ...c, plannedEnd: shift(c.plannedEnd) })),
    followUps: state.followUps.map((f) => (f.recordedAt ? f : { ...f, dueAt: shift(f.dueAt) })),
  };
}

export const reassignFacilitator: Handler<'reassignFacilitator'> = (state, cmd) => {
  const bad = requireId('facilitatorId', cmd.facilitatorId);
  if (bad) return bad;
  if (cmd.facilitatorId === state.facilitatorId) return invalid('The journey already has this facilitator');
  const draft = begin(state);
  update(draft, { facilitatorId: cmd.facilitatorId });
  emit(draft, 'FACILITATOR_REASSIGNED', {
    from: state.facilitatorId,
    to: cmd.facilitatorId,
    reasonEvidenceId: cmd.reasonEvidenceId,
  });
  return draft;
};

/**
 * The journey is assigned to an implementing partner (mitra pelaksana: implementation, mentoring, advocacy;
 * domain spec, institutional framework), whose partners then read it. The API checks the organisation works
 * in the journey's programme.
 */
export const assignPartner: Handler<'assignPartner'> = (state, cmd) => {
  const bad = requireId('organisationId', cmd.organisationId);
  if (bad) return bad;
  if (cmd.organisationId === state.partnerOrganisationId)
    return invalid('The journey is already assigned to this organisation');
  const draft = begin(state);
  update(draft, { partnerOrganisationId: cmd.organisationId });
  emit(draft, 'PARTNER_ASSIGNED', {
    from: state.partnerOrganisationId ?? null,
    to: cmd.organisationId,
    reasonEvidenceId: cmd.reasonEvidenceId,
  });
  return draft;
};

export const correctData: Handler<'correctData'> = (state, cmd) => {
  const bad = requireId('field', cmd.field);
  if (bad) return bad;
  const draft = begin(state);
  emit(draft, 'DATA_CORRECTED', { field: cmd.field, reasonEvidenceId: cmd.reasonEvidenceId, stage: state.stage });
  return draft;
};

/**
 * A journey keeps the rules version it started with; a manager may move it to a newer version of
 * the same programme rules. Deadlines, criteria and schedules then follow the new version: a bundled
 * one, or the published document the command carries, which must be that version and valid.
 */
export const migrateRules: Handler<'migrateRules'> = (state, cmd) => {
  if (!Number.isInteger(cmd.rulesVersion) || cmd.rulesVersion <= state.rulesVersion) {
    return invalid(`rulesVersion must be newer than the journey's version ${state.rulesVersion}`);
  }
  if (cmd.rules !== undefined) {
    const problems = programmeRulesDocumentProblems(cmd.rules);
    if (problems.length > 0) return reject('INVALID_RULES', `The target rules are not valid: ${problems.join('; ')}`);
    if (cmd.rules.programmeRulesId !== state.rulesId || cmd.rules.version !== cmd.rulesVersion)
      return invalid(`The rules document is not ${state.rulesId} version ${cmd.rulesVersion}`);
  }
  const target =
    cmd.rules ??
    listProgrammeRules().find((r) => r.programmeRulesId === state.rulesId && r.version === cmd.rulesVersion);
  if (!target) return reject('NOT_FOUND', `No programme rules ${state.rulesId} version ${cmd.rulesVersion}`);
  const draft = begin(state);
  update(draft, { rulesVersion: cmd.rulesVersion });
  emit(draft, 'RULES_MIGRATED', {
    rulesId: state.rulesId,
    from: state.rulesVersion,
    to: cmd.rulesVersion,
    reasonEvidenceId: cmd.reasonEvidenceId,
  });
  return draft;
};
