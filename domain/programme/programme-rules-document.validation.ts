import { arr, nullable, obj, oneOf, shapeProblems, type Shape } from '../shared/json-shape';
import {
  DELIVERY_CHECK_ACTIONS,
  INCOME_BASES,
  INCOME_COMPARISONS,
  INTERVENTION_MODELS,
  MODULE_COMPLETION_REQUIREMENTS,
  NEED_CODES,
  WELFARE_LEVELS,
  type ProgrammeRules,
} from './programme-rules.types';
import { FUNCTIONING_LEVELS } from '../inclusion/functioning.rules';
import { validateProgrammeRules } from './programme-rules.validation';

const RANGE = obj({ min: 'number', max: 'number' });
const TEXTS = arr('string');

/**
 * The shape of a rules document (programme-rules.types.ts; the rules README documents each field). Optional
 * sections are those older versions lack; fields this release does not know are left alone.
 */
const RULES_SHAPE: Shape = obj(
  {
    programmeRulesId: 'string',
    version: 'integer',
    description: 'string',
    selection: obj({
      maxWelfareLevelAtSelection: oneOf(WELFARE_LEVELS),
      requireCommitment: 'boolean',
      minPotentialScore: 'number',
      vulnerableGroupQuotas: arr(obj({ group: 'string', minPercent: 'number' })),
    }),
    welfareThresholds: obj({ VULNERABLE: 'number', MIDDLE: 'number', STABLE: 'number' }),
    graduation: obj(
      {
        minIncomeToMinimumWageRatio: 'number',
        requireBusinessRunning: 'boolean',
        requireMindsetChange: 'boolean',
        minWelfareLevel: oneOf(WELFARE_LEVELS),
        byTrack: obj({ JOB: obj({ minMonthsInWork: 'number' }), BUSINESS: obj({ requireBusinessRunning: 'boolean' }) }),
      },
      ['byTrack'],
    ),
    incomeMeasure: obj(
      {
        basis: oneOf(INCOME_BASES),
        comparison: oneOf(INCOME_COMPARISONS),
        perCapitaReferenceHouseholdSize: 'number',
        povertyLinePerCapitaMonthly: 'number',
      },
      ['povertyLinePerCapitaMonthly'],
    ),
    deadlines: obj({
      assessmentDays: 'number',
      planApprovalDays: 'number',
      reEvaluationDays: 'number',
      moduleGraceDays: 'number',
      communicationDays: 'number',
      followUpGraceDays: 'number',
    }),
    attendance: obj({ lowAttendancePercent: 'number', minSessionsBeforeAlert: 'number' }),
    intensiveSupport: obj({
      durationDays: 'number',
      visitEveryDays: 'number',
      cyclesBeforeTerminationReview: 'number',
    }),
    followUpScheduleMonths: arr('number'),
    followUpWindow: obj({ opensDaysBeforeDue: 'number' }),
    daysPerMonth: 'number',
    proposalPhases: arr(arr('string')),
    grievance: obj({ complaintResponseDays: 'number' }),
    moduleDelivery: obj({
      minimumDuration: oneOf(DELIVERY_CHECK_ACTIONS),
      hoursPerSession: oneOf(DELIVERY_CHECK_ACTIONS),
      mixTolerancePoints: 'number',
    }),
    groups: obj({ meetingOverdueDays: 'number' }),
    inclusion: obj({ disabilityCutOff: oneOf(FUNCTIONING_LEVELS), collectEthnicity: 'boolean' }),
    defaultsNote: 'string',
    needsMapping: arr(
      obj({ need: oneOf(NEED_CODES), model: oneOf(INTERVENTION_MODELS), modules: TEXTS, source: 'string' }),
    ),
    moduleTemplates: arr(
      obj(
        {
          id: 'string',
          nameId: 'string',
          nameEn: 'string',
          model: oneOf(INTERVENTION_MODELS),
          goals: TEXTS,
          durationMonths: RANGE,
          sessions: RANGE,
          hoursPerSession: RANGE,
          totalHoursStated: nullable(RANGE),
          totalHoursComputed: RANGE,
          sessionMix: arr(obj({ type: 'string', nameId: 'string', percent: 'number' })),
          assignments: TEXTS,
          evaluation: TEXTS,
          methods: TEXTS,
          sourceLines: 'string',
          completionRequires: oneOf(MODULE_COMPLETION_REQUIREMENTS),
        },
        ['completionRequires'],
      ),
    ),
  },
  [
    'followUpWindow',
    'proposalPhases',
    'grievance',
    'defaultsNote',
    'moduleDelivery',
    'groups',
    'incomeMeasure',
    'inclusion',
  ],
);

/**
 * Problems of a rules document someone sends (to publish it, or to move a journey onto it), as sentences:
 * its shape first, then, once the shape holds, the consistency checks every bundled version passes
 * (validateProgrammeRules). Empty when the document is a usable version.
 */
export function programmeRulesDocumentProblems(document: unknown): string[] {
  const problems = shapeProblems(document, RULES_SHAPE);
  return problems.length > 0 ? problems : validateProgrammeRules(document as ProgrammeRules);
}
