import { registerEnumType } from 'type-graphql';

/** GraphQL enums mirroring the domain's codes (domain/journey/journey.types.ts). */
export enum JourneyStageCode {
  ENROLLED = 'ENROLLED', PLANNING = 'PLANNING', IN_INTERVENTION = 'IN_INTERVENTION', RE_EVALUATION = 'RE_EVALUATION',
  GRADUATION_REVIEW = 'GRADUATION_REVIEW', NOT_GRADUATED = 'NOT_GRADUATED', INTENSIVE_SUPPORT = 'INTENSIVE_SUPPORT',
  TERMINATION_REVIEW = 'TERMINATION_REVIEW', GRADUATED = 'GRADUATED', COMPLETED = 'COMPLETED', TERMINATED = 'TERMINATED',
  EXITED = 'EXITED', WITHDRAWN = 'WITHDRAWN',
}
export enum JourneyStatusCode { ACTIVE = 'ACTIVE', PAUSED = 'PAUSED', CLOSED = 'CLOSED' }
export enum WelfareLevelCode { POOR = 'POOR', VULNERABLE = 'VULNERABLE', MIDDLE = 'MIDDLE', STABLE = 'STABLE' }
export enum SexCode { FEMALE = 'FEMALE', MALE = 'MALE' }
export enum AttendanceStatusCode { PRESENT = 'PRESENT', PARTIAL = 'PARTIAL', ABSENT = 'ABSENT' }
export enum NeedCodeEnum {
  JOB_SKILLS = 'JOB_SKILLS', ENTREPRENEURSHIP_SKILLS = 'ENTREPRENEURSHIP_SKILLS', FINANCIAL_MANAGEMENT = 'FINANCIAL_MANAGEMENT',
  CAPITAL = 'CAPITAL', MARKET = 'MARKET', EDUCATION = 'EDUCATION', TECHNICAL_MENTORING = 'TECHNICAL_MENTORING',
  SOCIAL_MENTORING = 'SOCIAL_MENTORING', MANAGERIAL_MENTORING = 'MANAGERIAL_MENTORING',
}

registerEnumType(JourneyStageCode, { name: 'JourneyStage', description: 'Where the beneficiary is in the programme (domain spec section 3).' });
registerEnumType(JourneyStatusCode, { name: 'JourneyStatus' });
registerEnumType(WelfareLevelCode, { name: 'WelfareLevel', description: 'Welfare ladder POOR -> VULNERABLE -> MIDDLE -> STABLE [001:3850].' });
registerEnumType(SexCode, { name: 'Sex' });
registerEnumType(AttendanceStatusCode, { name: 'AttendanceStatus', description: 'PARTIAL covers late or half-day attendance [001:3412-3417].' });
registerEnumType(NeedCodeEnum, { name: 'NeedCode', description: 'Needs found by the assessment; they map to intervention modules [001:2489-2494].' });
