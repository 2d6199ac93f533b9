import { begin, emit, invalid, reject, replaceModule, type Handler, type Rejection } from './journey-draft.machine';
import { findOpenModule, isModuleRun, requireId } from './journey-payload-checks';
import type { Actor, JourneyCommand, JourneyState } from './journey.types';

/**
 * Mentoring (pendampingan teknis, sosial, manajerial; domain spec, implementation stage): a manager
 * assigns the mentor who delivers one module of the approved plan, and a mentor then acts on that
 * module only. Facilitators and managers keep acting on every module of the journeys they may reach.
 */
export const assignModuleMentor: Handler<'assignModuleMentor'> = (state, cmd) => {
  const bad = requireId('mentorId', cmd.mentorId) ?? requireId('templateId', cmd.templateId);
  if (bad) return bad;
  // A plan names each template once (plan validation), so the template names the module run.
  const run = state.modules.find((m) => m.templateId === cmd.templateId);
  if (!run) return reject('UNKNOWN_MODULE', `No module of template ${cmd.templateId} in the approved plan`);
  const module = findOpenModule(state, run.moduleId);
  if (!isModuleRun(module)) return module;
  if (module.mentorId === cmd.mentorId) return invalid(`${module.moduleId} already has this mentor`);

  const draft = begin(state);
  replaceModule(draft, module.moduleId, { mentorId: cmd.mentorId });
  emit(draft, 'MODULE_MENTOR_ASSIGNED', {
    moduleId: module.moduleId,
    templateId: module.templateId,
    from: module.mentorId ?? null,
    to: cmd.mentorId,
    reasonEvidenceId: cmd.reasonEvidenceId,
  });
  return draft;
};

/**
 * A mentor's command names a module (its `moduleId`); it is refused unless that module run is assigned
 * to the mentor. A module the plan does not have is left to the handler (UNKNOWN_MODULE). Other roles
 * pass: their reach is the journey's, checked by the role and scope rules.
 */
export function mentorModuleRefusal(state: JourneyState, command: JourneyCommand, actor: Actor): Rejection | null {
  if (actor.role !== 'mentor') return null;
  const moduleId = (command as { moduleId?: unknown }).moduleId;
  const module = state.modules.find((m) => m.moduleId === moduleId);
  if (!module) return typeof moduleId === 'string' ? null : reject('NOT_YOUR_MODULE', 'A mentor acts on a module');
  if (module.mentorId === actor.userId) return null;
  return reject('NOT_YOUR_MODULE', `${module.moduleId} is not assigned to you`);
}
