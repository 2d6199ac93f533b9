import 'reflect-metadata';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditLogLabelsResolver } from './audit/audit-labels.resolver';
import { AuditLogResolver } from './audit/audit-log.resolver';
import { accessMiddleware } from './auth/access.middleware';
import { JourneyHistoryResolver } from './audit/journey-history.resolver';
import { BeneficiaryLabelsResolver } from './beneficiary/beneficiary-labels.resolver';
import { BeneficiaryResolver } from './beneficiary/beneficiary.resolver';
import { BeneficiaryListResolver } from './beneficiary/beneficiary-list.resolver';
import { BulkEnrolmentResolver } from './beneficiary/bulk-enrolment.resolver';
import { BeneficiaryErasureResolver } from './beneficiary/beneficiary-erasure.resolver';
import { PersonalDataRevealResolver } from './beneficiary/personal-data-reveal.resolver';
import { INDICATOR_LABEL_RESOLVERS } from './indicator/indicator-labels.resolver';
import { IndicatorResolver } from './indicator/indicator.resolver';
import { JourneyAssessmentResolver } from './journey/journey-assessment.resolver';
import { JourneyDecisionResolver } from './journey/journey-decision.resolver';
import { JOURNEY_LABEL_RESOLVERS } from './journey/journey-labels.resolver';
import { JourneyLifecycleResolver } from './journey/journey-lifecycle.resolver';
import { JourneyModuleResolver } from './journey/journey-module.resolver';
import { JourneyListResolver } from './journey/journey-list.resolver';
import { JourneyResolver } from './journey/journey.resolver';
import { SessionAttendanceResolver } from './journey/session-attendance.resolver';
import { ModuleTemplateLabelsResolver } from './programme/programme-labels.resolver';
import { ProgrammeResolver } from './programme/programme.resolver';
import { ReportJobLabelsResolver } from './report/report-labels.resolver';
import { ReportJobResolver } from './report/report-job.resolver';
import { ComplaintResolver } from './complaint/complaint.resolver';
import { ConflictResolver } from './conflict/conflict.resolver';
import { GRIEVANCE_LABEL_RESOLVERS } from './grievance/grievance-labels.resolver';
import { SafeguardingResolver } from './safeguarding/safeguarding.resolver';

export const RESOLVERS = [
  BeneficiaryResolver, JourneyResolver, JourneyListResolver, JourneyAssessmentResolver, JourneyModuleResolver, JourneyDecisionResolver,
  JourneyLifecycleResolver, ProgrammeResolver, BulkEnrolmentResolver, SessionAttendanceResolver, BeneficiaryListResolver,
  AuditLogResolver, JourneyHistoryResolver, PersonalDataRevealResolver, BeneficiaryErasureResolver, IndicatorResolver, ReportJobResolver, ComplaintResolver, ConflictResolver, SafeguardingResolver,
  // Display names beside codes, in the request's language (README "Languages").
  ...JOURNEY_LABEL_RESOLVERS, BeneficiaryLabelsResolver, AuditLogLabelsResolver, ModuleTemplateLabelsResolver, ...INDICATOR_LABEL_RESOLVERS, ReportJobLabelsResolver,
  ...GRIEVANCE_LABEL_RESOLVERS,
] as const;

/**
 * The GraphQL schema from the resolvers; input classes are validated with class-validator. Every
 * root field passes the access middleware unless `authorization: false` (the security-overhead
 * benchmark's unguarded fixture only).
 */
export function buildJejakSchema(options: { authorization: boolean } = { authorization: true }): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: { forbidUnknownValues: false }, emitSchemaFile: false, globalMiddlewares: options.authorization ? [accessMiddleware] : [] });
}

/** The committed contract (schema/schema.graphql) is exactly this text. */
export async function printJejakSchema(): Promise<string> {
  return `${printSchema(await buildJejakSchema())}\n`;
}
