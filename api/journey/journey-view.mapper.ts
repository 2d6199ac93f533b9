import type { JourneyView } from '../../workflows/journey/journey.messages';
import { journeyWorkflowId } from '../../workflows/journey/journey.messages';
import { toGlobalId } from '../node/global-id';
import type { JourneyObject } from './journey.object';
import { followUpOpensAt } from '../../domain/journey/journey-follow-up-window.rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadProgrammeRules } from '../../db/programme/programme-rules.store';
import { moduleRunObjectOf } from './module-delivery.mapper';
import { capitalProposalObjectOf, marketChannelObjectOf } from './capital-market.object';
import { nextVisitExpectedAt } from '../../domain/journey/intensive-visit.rules';
import { graduationFollowThroughOf } from './graduation-follow-through.mapper';
import { proposedTrackOf } from '../../domain/graduation/livelihood-track.rules';

/**
 * The GraphQL journey from a journey view (read-model row or live workflow: same shape), with its rules
 * version (bundled or published) from the rules store.
 */
export async function toJourneyObject(em: EntityManager, view: JourneyView): Promise<JourneyObject> {
  const s = view.state;
  const rules = await loadProgrammeRules(em, s.rulesId, s.rulesVersion);
  return {
    id: toGlobalId('Journey', s.journeyId),
    journeyId: s.journeyId,
    workflowId: journeyWorkflowId(s.journeyId),
    programmeId: s.programmeId,
    cohortId: s.cohortId,
    regionCode: s.regionCode,
    facilitatorId: s.facilitatorId,
    partnerOrganisationId: s.partnerOrganisationId ?? null,
    stage: s.stage,
    status: view.status,
    stageEnteredAt: s.stageEnteredAt,
    welfareLevel: s.welfareHistory.at(-1)?.level ?? null,
    welfareHistory: s.welfareHistory,
    assessment: s.assessment,
    proposedModules: s.proposedModules,
    modules: s.modules.map((m) => moduleRunObjectOf(m, rules)),
    proposedTrack: s.assessment ? proposedTrackOf(s.assessment.needs) : null,
    track: s.track ?? null,
    decisions: s.decisions,
    pendingCommunication: s.pendingCommunication,
    reEvaluations: s.reEvaluations.map((r) => ({
      at: r.at,
      evidenceId: r.evidenceId,
      incomeToMinimumWageRatio: r.incomeToMinimumWageRatio,
      businessRunning: r.businessRunning,
      mindsetChanged: r.mindsetChanged,
      inWork: r.inWork ?? null,
      monthsInWork: r.monthsInWork ?? null,
      proposal: r.proposal.proposal,
      welfareLevel: r.proposal.welfareLevel,
      criteria: r.proposal.criteria,
    })),
    notGraduatedEvaluation: s.notGraduatedEvaluation,
    referral: s.referral
      ? {
          ...s.referral,
          organisationId: s.referral.organisationId ?? null,
          answer: s.referral.answer ?? null,
          answeredAt: s.referral.answeredAt ?? null,
        }
      : null,
    intensiveCycles: s.intensiveCycles.map((c) => ({
      ...c,
      visits: c.visits ?? [],
      nextVisitExpectedAt: nextVisitExpectedAt(c),
      measuredChange: c.measuredChange ?? null,
    })),
    latestCycleChange: [...s.intensiveCycles].reverse().find((c) => c.measuredChange)?.measuredChange ?? null,
    termination: s.termination
      ? {
          decidedAt: s.termination.decidedAt,
          measuredChange: s.termination.measuredChange ?? null,
          alternatives: s.termination.alternatives.map((a) => ({
            alternative: a.alternative,
            answer: a.answer ?? null,
            answeredAt: a.answeredAt ?? null,
          })),
          answerDueAt: s.termination.answerDueAt ?? null,
        }
      : null,
    graduationFollowThrough: graduationFollowThroughOf(s, rules),
    capitalProposals: (s.capitalProposals ?? []).map(capitalProposalObjectOf),
    marketChannels: (s.marketChannels ?? []).map(marketChannelObjectOf),
    satisfaction: (s.satisfaction ?? []).map((r) => ({ ...r, moduleId: r.moduleId ?? null })),
    followUps: s.followUps.map((f) => ({ ...f, opensAt: followUpOpensAt(f, rules) })),
    // Items stored before the escalation ladder went to the manager when they were marked overdue.
    overdue: s.overdue.map((o) => ({
      ...o,
      escalatedTo: o.escalatedTo ?? 'MANAGER',
      escalatedAt: o.escalatedAt ?? o.since,
    })),
    nextAction: view.nextAction,
    rulesId: s.rulesId,
    rulesVersion: s.rulesVersion,
    enrolledAt: s.enrolledAt,
    seq: s.seq,
    enrolmentWarnings: [],
  };
}
