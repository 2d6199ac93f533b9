import { isModuleCompleteIn } from '../module/module-completion.rules';
import { attendanceRate, heldSessions, isModuleOpen } from '../module/module-run.rules';
import { changeStage, emit, replaceModule, type CommandContext, type Draft } from './journey-draft.machine';
import { earlyCompletionMark } from './journey-module-delivery.machine';

/**
 * A module completes by itself once it is complete (module-completion.rules.ts): after an attendance or its
 * evaluation, or after the outcome its template waits for (a capital proposal submitted). When no module is left
 * open the journey moves to RE_EVALUATION.
 */
export function settleModule(draft: Draft, moduleId: string, ctx: CommandContext): Draft {
  const module = draft.state.modules.find((m) => m.moduleId === moduleId);
  if (module && isModuleOpen(module) && isModuleCompleteIn(module, draft.state, ctx.rules)) {
    const early = earlyCompletionMark(module, ctx.rules, ctx.now);
    replaceModule(draft, moduleId, {
      status: 'COMPLETED',
      actualEnd: ctx.now,
      ...(early ? { completedEarly: true } : {}),
    });
    emit(draft, 'MODULE_COMPLETED', {
      moduleId,
      heldSessions: heldSessions(module),
      attendanceRate: attendanceRate(module),
      ...early,
    });
    moveOnWhenPlanDone(draft, ctx);
  }
  return draft;
}

export function moveOnWhenPlanDone(draft: Draft, ctx: CommandContext): void {
  if (draft.state.modules.every((m) => !isModuleOpen(m))) changeStage(draft, 'RE_EVALUATION', ctx.now);
}
