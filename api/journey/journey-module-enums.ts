import { ASSIGNMENT_RESULTS, ATTENDANCE_STATUSES, MODULE_STATUSES } from '../../domain/journey/journey-codes';
import { HOURS_CHECKS, MIX_BASES } from '../../domain/module/module-delivery.rules';
import { INTERVENTION_MODELS } from '../../domain/programme/programme-rules.types';
import { codeEnum } from '../shared/code-enum';

/** GraphQL enums of intervention modules and their sessions, built from the domain's lists. */
export const AttendanceStatusCode = codeEnum(
  'AttendanceStatus',
  ATTENDANCE_STATUSES,
  'Attendance (status kehadiran) of the beneficiary at a session; PARTIAL covers late or half-day attendance ' +
    '(rules README, Sources of the process: running modules).',
  {
    PRESENT: 'Attended the whole session (hadir).',
    PARTIAL: 'Attended in part: late or half-day.',
    ABSENT: 'Did not attend (tidak hadir).',
  },
);

export const ModuleStatusCode = codeEnum('ModuleStatus', MODULE_STATUSES, 'Where a module run stands.', {
  PLANNED: 'No session held yet.',
  ACTIVE: 'First attendance recorded; sessions are running.',
  COMPLETED: 'The planned sessions are held and the evaluation is recorded.',
  CLOSED: 'Closed early by a manager.',
});

export const AssignmentResultCode = codeEnum(
  'AssignmentResult',
  ASSIGNMENT_RESULTS,
  'Result of the module assignment (tugas).',
  {
    PASSED: 'The assignment passed.',
    FAILED: 'The assignment failed.',
    NOT_SUBMITTED: 'No assignment was handed in.',
  },
);

export const InterventionModelCode = codeEnum(
  'InterventionModel',
  INTERVENTION_MODELS,
  'Intervention model (model intervensi) of a module template.',
  {
    SKILLS_DEVELOPMENT: 'Skills development: vocational and entrepreneurship training.',
    MENTORING: 'Mentoring (pendampingan): technical, social or managerial.',
    ACCESS_IMPROVEMENT: 'Access improvement: capital, markets, education.',
  },
);

export const HoursCheckCode = codeEnum(
  'HoursCheck',
  HOURS_CHECKS,
  "Where a module's hours stand against its template's range (rules README, default v4: Module delivery).",
  {
    BELOW: 'Below the range: shorter, or fewer hours held so far, than the template gives.',
    WITHIN: 'Within the range (inclusive).',
    ABOVE: 'Above the range: longer, or more hours held, than the template gives.',
  },
);

export const MixBasisCode = codeEnum(
  'MixBasis',
  MIX_BASES,
  "What a module's session-type shares count (whether the template's percentages are of sessions or hours is " +
    'seed silent; rules README, default v4: Module delivery).',
  {
    HOURS: 'Held hours: every held session carries its hours.',
    SESSIONS: 'Held sessions, each counting one: some held session carries no hours (or none is held yet).',
  },
);
