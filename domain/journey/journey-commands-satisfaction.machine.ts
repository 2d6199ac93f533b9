import { begin, emit, invalid, reject, update, type Handler } from './journey-draft.machine';
import { firstFailure, requireId, requireOneOf } from './journey-payload-checks';
import { SATISFACTION_OCCASIONS, satisfactionMean, satisfactionProblems } from './satisfaction.rules';

/**
 * A participant's satisfaction survey (satisfaction.rules.ts): at a module's end, once per module that completed or
 * was closed; at graduation, once, while GRADUATED. The scores travel in the event (numbers 1..5, no free text).
 */
export const recordSatisfaction: Handler<'recordSatisfaction'> = (state, cmd, ctx) => {
  const bad = firstFailure(
    requireOneOf('occasion', cmd.occasion, SATISFACTION_OCCASIONS),
    requireId('evidenceId', cmd.evidenceId),
  );
  if (bad) return bad;
  const problems = satisfactionProblems(cmd.answers);
  if (problems.length > 0) return invalid(problems.join('; '));
  const done = state.satisfaction ?? [];
  if (cmd.occasion === 'MODULE_END') {
    const module = state.modules.find((m) => m.moduleId === cmd.moduleId);
    if (!module) return reject('UNKNOWN_MODULE', `No module ${String(cmd.moduleId)} in the plan`);
    if (module.status !== 'COMPLETED' && module.status !== 'CLOSED')
      return reject('SATISFACTION_NOT_DUE', `Module ${module.moduleId} is ${module.status}: it has not ended`);
    if (done.some((r) => r.occasion === 'MODULE_END' && r.moduleId === module.moduleId))
      return reject('SATISFACTION_ALREADY_RECORDED', `The survey of ${module.moduleId} is already recorded`);
  } else {
    if (cmd.moduleId !== undefined) return invalid('A graduation survey names no module');
    if (state.stage !== 'GRADUATED')
      return reject('SATISFACTION_NOT_DUE', `The graduation survey is taken once graduated, not in ${state.stage}`);
    if (done.some((r) => r.occasion === 'GRADUATION'))
      return reject('SATISFACTION_ALREADY_RECORDED', 'The graduation survey is already recorded');
  }
  const meanScore = satisfactionMean(cmd.answers);
  const module = cmd.occasion === 'MODULE_END' ? { moduleId: cmd.moduleId } : {};
  const draft = begin(state);
  update(draft, { satisfaction: [...done, { occasion: cmd.occasion, ...module, at: ctx.now, meanScore }] });
  emit(draft, 'SATISFACTION_RECORDED', {
    occasion: cmd.occasion,
    ...module,
    answers: cmd.answers.map((a) => ({ item: a.item, score: a.score })),
    meanScore,
    facilitatorId: state.facilitatorId,
    evidenceId: cmd.evidenceId,
  });
  return draft;
};
