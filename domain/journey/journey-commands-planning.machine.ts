import { deriveWelfareLevel } from '../assessment/welfare-level.rules';
import { proposeModules } from '../module/plan-proposal.rules';
import { validatePlan } from '../module/plan-validation.rules';
import { plannedEndOf } from '../module/module-run.rules';
import { LIVELIHOOD_TRACKS, proposedTrackOf, type LivelihoodTrack } from '../graduation/livelihood-track.rules';
import type { NeedCode, ProgrammeRules } from '../programme/programme-rules.types';
import {
  begin,
  changeStage,
  emit,
  invalid,
  reject,
  update,
  type Handler,
  type Rejection,
} from './journey-draft.machine';
import { firstFailure, requireId, requireOneOf, requireRatio } from './journey-payload-checks';
import type { JourneyState, ModuleRun, PlannedModuleInput } from './journey.types';

/**
 * ENROLLED -> PLANNING -> IN_INTERVENTION. The assessment records needs and the income ratio
 * (raw answers stay in PostgreSQL under evidenceId); the plan is proposed from the needs and a
 * manager approves it, as proposed or edited (rules README, Sources of the process, rows "needs
 * assessment" and "needs to modules").
 */
export const submitAssessment: Handler<'submitAssessment'> = (state, cmd, { rules, now }) => {
  const bad = firstFailure(
    requireId('evidenceId', cmd.evidenceId),
    requireRatio('incomeToMinimumWageRatio', cmd.incomeToMinimumWageRatio),
  );
  if (bad) return bad;
  if (!Array.isArray(cmd.needs)) return invalid('needs must be a list of need codes');
  const known = new Set<string>(rules.needsMapping.map((m) => m.need));
  const unknown = cmd.needs.filter((n) => !known.has(n));
  if (unknown.length > 0) return invalid(`Unknown need codes: ${unknown.join(', ')}`);
  const needs: NeedCode[] = [...new Set(cmd.needs)];

  const level = deriveWelfareLevel(cmd.incomeToMinimumWageRatio, rules);
  const proposedModules = proposeModules(needs, rules, now);
  const draft = begin(state);
  update(draft, {
    assessment: {
      evidenceId: cmd.evidenceId,
      submittedAt: now,
      needs,
      incomeToMinimumWageRatio: cmd.incomeToMinimumWageRatio,
    },
    welfareHistory: [...state.welfareHistory, { level, at: now, source: 'ASSESSMENT' }],
    proposedModules,
  });
  emit(draft, 'ASSESSMENT_SUBMITTED', { evidenceId: cmd.evidenceId, needs, welfareLevel: level, proposedModules });
  changeStage(draft, 'PLANNING', now);
  return draft;
};

export const approvePlan: Handler<'approvePlan'> = (state, cmd, { rules, now }) => {
  const track = planTrack(state, cmd.track, rules);
  if (typeof track === 'object') return track;
  const problems = validatePlan(cmd.modules, rules);
  if (problems.some((p) => p.code === 'UNKNOWN_TEMPLATE')) {
    return reject(
      'UNKNOWN_MODULE',
      problems
        .filter((p) => p.code === 'UNKNOWN_TEMPLATE')
        .map((p) => p.message)
        .join('; '),
    );
  }
  if (problems.length > 0) return reject('INVALID_PLAN', problems.map((p) => p.message).join('; '));

  const modules: ModuleRun[] = cmd.modules.map((m, index) => ({
    templateId: m.templateId,
    phase: m.phase,
    plannedStart: m.plannedStart,
    plannedSessions: m.plannedSessions,
    moduleId: `${m.templateId}-${index + 1}`,
    status: 'PLANNED',
    plannedEnd: plannedEndOf(m, rules),
    sessions: [],
    extensionsDays: 0,
    lowAttendanceAlerted: false,
  }));
  const draft = begin(state);
  update(draft, { modules, planApprovedAt: now, ...(track ? { track } : {}) });
  emit(draft, 'PLAN_APPROVED', {
    asProposed: samePlan(cmd.modules, state.proposedModules),
    ...(track ? { track } : {}),
    modules: modules.map(({ moduleId, templateId, phase, plannedStart, plannedEnd, plannedSessions }) => ({
      moduleId,
      templateId,
      phase,
      plannedStart,
      plannedEnd,
      plannedSessions,
    })),
  });
  changeStage(draft, 'IN_INTERVENTION', now);
  return draft;
};

/**
 * The plan's livelihood track: the one given, else the assessment's proposal, under rules with tracks
 * (`graduation.byTrack`); none under rules without them (a track given there is refused: it would decide
 * nothing).
 */
function planTrack(
  state: JourneyState,
  given: unknown,
  rules: ProgrammeRules,
): LivelihoodTrack | undefined | Rejection {
  if (given !== undefined && given !== null) {
    const bad = requireOneOf('track', given, LIVELIHOOD_TRACKS);
    if (bad) return bad;
    if (!rules.graduation.byTrack)
      return invalid(`Rules ${rules.programmeRulesId} v${rules.version} have no livelihood tracks; omit track`);
    return given as LivelihoodTrack;
  }
  return rules.graduation.byTrack ? proposedTrackOf(state.assessment?.needs ?? []) : undefined;
}

function samePlan(a: readonly PlannedModuleInput[], b: readonly PlannedModuleInput[]): boolean {
  const sig = (list: readonly PlannedModuleInput[]) =>
    list
      .map((m) => `${m.templateId}/${m.phase}/${m.plannedSessions}`)
      .sort()
      .join(',');
  return sig(a) === sig(b);
}
