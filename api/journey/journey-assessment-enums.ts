import {
  CAPITAL_SCHEMES,
  MENTORING_TYPES,
  SKILLS_PREFERENCES,
  TRAINING_METHODS,
} from '../../domain/assessment/assessment-needs.rules';
import { NEED_CODES } from '../../domain/programme/programme-rules.types';
import { codeEnum } from '../shared/code-enum';

/** GraphQL enums of the needs assessment, built from the domain's lists (domain/assessment, domain/programme). */
export const NeedCodeEnum = codeEnum(
  'NeedCode',
  NEED_CODES,
  'Needs found by the assessment; they map to intervention modules (rules README: `needsMapping`).',
  {
    JOB_SKILLS: 'Job skills (vocational training).',
    ENTREPRENEURSHIP_SKILLS: 'Entrepreneurship skills (kewirausahaan).',
    FINANCIAL_MANAGEMENT: 'Financial-management knowledge.',
    CAPITAL: 'Access to capital (akses modal).',
    MARKET: 'Access to markets (akses pasar).',
    EDUCATION: 'Low education or basic skills (akses pendidikan).',
    TECHNICAL_MENTORING: 'Technical mentoring (pendampingan teknis).',
    SOCIAL_MENTORING: 'Social mentoring (pendampingan sosial).',
    MANAGERIAL_MENTORING: 'Managerial mentoring (pendampingan manajerial).',
  },
);

export const SkillsPreferenceCode = codeEnum(
  'SkillsPreference',
  SKILLS_PREFERENCES,
  'Skills the beneficiary prefers.',
  {
    JOB: 'Job skills (yields JOB_SKILLS).',
    ENTREPRENEURSHIP: 'Entrepreneurship skills (yields ENTREPRENEURSHIP_SKILLS).',
    BOTH: 'Both (yields JOB_SKILLS and ENTREPRENEURSHIP_SKILLS).',
  },
);

export const MentoringTypeCode = codeEnum(
  'MentoringType',
  MENTORING_TYPES,
  'A type of mentoring (pendampingan) wanted; each yields the need <type>_MENTORING.',
  {
    TECHNICAL: 'Technical mentoring (yields TECHNICAL_MENTORING).',
    SOCIAL: 'Social mentoring (yields SOCIAL_MENTORING).',
    MANAGERIAL: 'Managerial mentoring (yields MANAGERIAL_MENTORING).',
  },
);

export const TrainingMethodCode = codeEnum('TrainingMethod', TRAINING_METHODS, 'Preferred training method.', {
  FACE_TO_FACE: 'In person.',
  ONLINE: 'Online.',
  COMBINATION: 'A combination of both.',
});

export const CapitalSchemeCode = codeEnum('CapitalScheme', CAPITAL_SCHEMES, 'Desired capital scheme.', {
  MICRO_CREDIT: 'Micro credit (e.g. KUR).',
  CAPITAL_ASSISTANCE: 'Capital assistance (a grant).',
  OTHER: 'Another scheme.',
});
