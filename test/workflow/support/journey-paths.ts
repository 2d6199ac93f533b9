import type { JourneyView } from '../../../workflows/journey/journey.messages';
import type { JourneyClient } from './journey-workflow-harness';

/** Steps every path shares, sent as commands to a running workflow. */
export async function assessAndApprove(
  j: JourneyClient,
  needs: ('CAPITAL' | 'MARKET' | 'SOCIAL_MENTORING')[] = ['CAPITAL'],
): Promise<JourneyView> {
  await j.send({ type: 'submitAssessment', evidenceId: 'ev-assessment', needs, incomeToMinimumWageRatio: 0.35 });
  const planning = await j.view();
  return j.send({ type: 'approvePlan', modules: planning.state.proposedModules });
}

/** Schedules session `n` of a module now (`<moduleId>-s<n>`) and records the person present. */
export async function attendSession(j: JourneyClient, moduleId: string, n: number): Promise<void> {
  const now = await j.harness.nowIso();
  const session = { moduleId, sessionId: `${moduleId}-s${n}` };
  await j.send({ type: 'scheduleSession', ...session, sessionType: 'THEORY', scheduledAt: now });
  await j.send({ type: 'recordAttendance', ...session, status: 'PRESENT', heldAt: now });
}

/** Schedules every planned session of these modules now and records each person present. */
export async function attendAllSessions(j: JourneyClient, modules: JourneyView['state']['modules']): Promise<void> {
  for (const module of modules) {
    for (let i = 0; i < module.plannedSessions; i++) await attendSession(j, module.moduleId, i + 1);
  }
}

export async function runAllModules(j: JourneyClient): Promise<JourneyView> {
  let view = await j.view();
  for (const module of view.state.modules) {
    await attendAllSessions(j, [module]);
    view = await j.send({
      type: 'recordModuleEvaluation',
      moduleId: module.moduleId,
      preScore: 40,
      postScore: 80,
      assignmentResult: 'PASSED',
    });
  }
  // Rules whose CAPITAL_ACCESS completes on a submitted proposal (v5) wait for it, as the next action says.
  if (view.nextAction.action === 'submitCapitalProposal')
    view = await j.send({ type: 'submitCapitalProposal', source: 'KUR', evidenceId: 'ev-capital-proposal' });
  return view;
}

export const reEvaluate = (j: JourneyClient, pass: boolean) =>
  j.send({
    type: 'submitReEvaluation',
    evidenceId: `ev-re-${pass}`,
    incomeToMinimumWageRatio: pass ? 1.2 : 0.5,
    businessRunning: pass,
    mindsetChanged: pass,
  });

/** The default plan delivered, then a re-evaluation that does not pass: the manager's graduation decision is next. */
export async function throughFailedReEvaluation(j: JourneyClient): Promise<JourneyView> {
  await assessAndApprove(j);
  await runAllModules(j);
  return reEvaluate(j, false);
}

export async function graduateAndCommunicate(j: JourneyClient): Promise<JourneyView> {
  await j.send({ type: 'decideGraduation', decision: 'GRADUATE' });
  return j.send({ type: 'recordCommunication', decision: 'GRADUATE', evidenceId: 'ev-comm-grad' });
}

export async function notYetIntoIntensiveSupport(j: JourneyClient): Promise<JourneyView> {
  await j.send({ type: 'decideGraduation', decision: 'NOT_YET' });
  await j.send({ type: 'recordCommunication', decision: 'NOT_YET', evidenceId: 'ev-comm-notyet' });
  await j.send({ type: 'recordNotGraduatedEvaluation', evidenceId: 'ev-causes' });
  await j.send({ type: 'startIntensiveSupport', evidenceId: 'ev-plan' });
  return j.send({ type: 'recordCommunication', decision: 'INTENSIVE_SUPPORT', evidenceId: 'ev-comm-is' });
}

export async function recordAllFollowUps(j: JourneyClient): Promise<void> {
  const view = await j.view();
  for (const f of view.state.followUps) {
    await j.harness.env.sleep(Math.max(0, Date.parse(f.dueAt) - (await j.harness.env.currentTimeMs())));
    await j.send({
      type: 'recordFollowUp',
      index: f.index,
      evidenceId: `ev-fu-${f.index}`,
      incomeToMinimumWageRatio: 1.3,
      businessRunning: true,
    });
  }
}

/**
 * Time skipping returns once the server clock moved; the worker may still be handling the timer.
 * Polls the state query until `ready` holds (the timer was applied), failing after `ms` real time.
 */
export async function eventually(
  j: JourneyClient,
  ready: (v: JourneyView) => boolean,
  ms = 10_000,
): Promise<JourneyView> {
  const until = Date.now() + ms;
  for (;;) {
    const view = await j.view();
    if (ready(view)) return view;
    if (Date.now() > until)
      throw new Error(`journey never reached the expected state; stage ${view.state.stage}, seq ${view.state.seq}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Advances the test server's clock to `iso` plus `extraMs` (no-op if already past). */
export async function sleepUntil(j: JourneyClient, iso: string, extraMs = 0): Promise<void> {
  const ms = Date.parse(iso) + extraMs - (await j.harness.env.currentTimeMs());
  if (ms > 0) await j.harness.env.sleep(ms);
}

/**
 * One intensive-support cycle from NOT_GRADUATED: evaluation of causes, the focused plan and its
 * communication, then the 90-day cycle end as a durable timer, which moves the journey to RE_EVALUATION.
 */
export async function intensiveCycle(j: JourneyClient, n: number): Promise<JourneyView> {
  await j.send({ type: 'recordNotGraduatedEvaluation', evidenceId: `ev-causes-${n}` });
  await j.send({ type: 'startIntensiveSupport', evidenceId: `ev-plan-${n}` });
  const started = await j.send({
    type: 'recordCommunication',
    decision: 'INTENSIVE_SUPPORT',
    evidenceId: `ev-comm-is-${n}`,
  });
  const cycle = started.state.intensiveCycles.at(-1)!;
  await sleepUntil(j, cycle.plannedEnd, 60_000);
  return eventually(j, (v) => v.state.stage === 'RE_EVALUATION' && v.state.intensiveCycles.length === n);
}
