import 'reflect-metadata';
import { defaultFieldResolver, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditLogLabelsResolver } from './audit/audit-labels.resolver';
import { AuditLogResolver } from './audit/audit-log.resolver';
import { accessMiddleware } from './auth/access.middleware';
import type { GraphQLContext } from './context';
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
  BeneficiaryResolver,
  JourneyResolver,
  JourneyListResolver,
  JourneyAssessmentResolver,
  JourneyModuleResolver,
  JourneyDecisionResolver,
  JourneyLifecycleResolver,
  ProgrammeResolver,
  BulkEnrolmentResolver,
  SessionAttendanceResolver,
  BeneficiaryListResolver,
  AuditLogResolver,
  JourneyHistoryResolver,
  PersonalDataRevealResolver,
  BeneficiaryErasureResolver,
  IndicatorResolver,
  ReportJobResolver,
  ComplaintResolver,
  ConflictResolver,
  SafeguardingResolver,
  // Display names beside codes, in the request's language (docs/api.md "Languages").
  ...JOURNEY_LABEL_RESOLVERS,
  BeneficiaryLabelsResolver,
  AuditLogLabelsResolver,
  ModuleTemplateLabelsResolver,
  ...INDICATOR_LABEL_RESOLVERS,
  ReportJobLabelsResolver,
  ...GRIEVANCE_LABEL_RESOLVERS,
] as const;

/**
 * Puts the access middleware in front of every Query and Mutation field of the built schema (fail
 * closed: a field with no ACCESS_POLICY row is refused). Applied here rather than as a type-graphql
 * global middleware, which would also wrap every field of every row in an async middleware chain
 * (a page of 50 journeys: ~1,000 wraps; the security-overhead bench measured it).
 */
function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root: unknown, args: Record<string, unknown>, context: GraphQLContext, info) =>
        accessMiddleware({ args, context, info }, () => Promise.resolve(resolve(root, args, context, info)));
    }
  }
  return schema;
}

/**
 * The GraphQL schema from the resolvers; input classes are validated with class-validator. Every
 * root field passes the access middleware unless `authorization: false` (the security-overhead
 * benchmark's unguarded fixture only).
 */
export async function buildJejakSchema(
  options: { authorization: boolean } = { authorization: true },
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  return options.authorization ? guardRootFields(schema) : schema;
}

/** The committed contract (schema/schema.graphql) is exactly this text. */
export async function printJejakSchema(): Promise<string> {
  return `${printSchema(await buildJejakSchema())}\n`;
}
