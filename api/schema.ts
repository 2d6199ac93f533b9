import 'reflect-metadata';
import { defaultFieldResolver, GraphQLSchema, printSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { AuditLogLabelsResolver } from './audit/audit-labels.resolver';
import { AuditLogResolver } from './audit/audit-log.resolver';
import { accessMiddleware } from './auth/access.middleware';
import type { GraphQLContext } from './context';
import { JourneyHistoryResolver } from './audit/journey-history.resolver';
import { BeneficiaryLabelsResolver } from './beneficiary/beneficiary-labels.resolver';
import { BeneficiaryResolver } from './beneficiary/beneficiary.resolver';
import { BeneficiaryListResolver } from './beneficiary/beneficiary-list.resolver';
import { BulkEnrolmentResolver } from './beneficiary/bulk-enrolment.resolver';
import { EnrolmentImportResolver } from './beneficiary/enrolment-import.resolver';
import { CohortResolver } from './cohort/cohort.resolver';
import { SelectionRecordResolver } from './cohort/selection-record.resolver';
import { BeneficiaryErasureResolver } from './beneficiary/beneficiary-erasure.resolver';
import { PersonalDataRevealResolver } from './beneficiary/personal-data-reveal.resolver';
import { INDICATOR_LABEL_RESOLVERS } from './indicator/indicator-labels.resolver';
import { IndicatorResolver } from './indicator/indicator.resolver';
import { JourneyAssessmentResolver } from './journey/journey-assessment.resolver';
import { JourneyDecisionResolver } from './journey/journey-decision.resolver';
import { JourneyFollowThroughResolver } from './journey/journey-follow-through.resolver';
import { JOURNEY_LABEL_RESOLVERS } from './journey/journey-labels.resolver';
import { JourneyLifecycleResolver } from './journey/journey-lifecycle.resolver';
import { JourneyModuleResolver } from './journey/journey-module.resolver';
import { JourneyMentorResolver } from './journey/journey-mentor.resolver';
import { JourneyOutcomeResolver } from './journey/journey-outcome.resolver';
import { JourneySatisfactionResolver } from './journey/journey-satisfaction.resolver';
import { MentorModuleResolver } from './mentor/mentor-module.resolver';
import { NotificationResolver } from './notification/notification.resolver';
import { JourneyPartnerResolver } from './journey/journey-partner.resolver';
import { JourneyListResolver } from './journey/journey-list.resolver';
import { JourneyResolver } from './journey/journey.resolver';
import { SessionAttendanceResolver } from './journey/session-attendance.resolver';
import { FieldSyncResolver } from './journey/field-sync.resolver';
import { ModuleTemplateLabelsResolver } from './programme/programme-labels.resolver';
import { ProgrammeResolver } from './programme/programme.resolver';
import { ProgrammeSetupResolver } from './programme/programme-setup.resolver';
import { ProgrammeRulesResolver } from './programme/programme-rules.resolver';
import { ReportJobLabelsResolver } from './report/report-labels.resolver';
import { ReportJobResolver } from './report/report-job.resolver';
import { CaseloadFiguresResolver } from './report/caseload-figures.resolver';
import { WeeklyNarrativeResolver } from './report/weekly-narrative.resolver';
import { ComplaintResolver } from './complaint/complaint.resolver';
import { ConflictResolver } from './conflict/conflict.resolver';
import { GRIEVANCE_LABEL_RESOLVERS } from './grievance/grievance-labels.resolver';
import { SafeguardingResolver } from './safeguarding/safeguarding.resolver';
import { nodeArgumentsDecoder } from './node/node-arguments';
import { NodeResolver } from './node/node.resolver';
import { StaffResolver } from './staff/staff.resolver';
import { HandOverResolver } from './staff/hand-over.resolver';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { GroupResolver } from './group/group.resolver';
import { GroupMembershipResolver } from './group/group-membership.resolver';
import { GroupBusinessResolver } from './group/group-business.resolver';
import { JourneyGroupsResolver } from './group/journey-groups.resolver';
import { GroupDeliveryResolver } from './group/group-delivery.resolver';
import { GroupSessionResolver } from './group-session/group-session.resolver';
import { InclusionResolver } from './inclusion/inclusion.resolver';
import { WebhookResolver } from './webhook/webhook.resolver';
import { ACCOMMODATION_RESOLVERS } from './inclusion/accommodation-fields.resolver';
import { LiveResolver } from './live/live.resolver';

export const RESOLVERS = [
  BeneficiaryResolver,
  JourneyResolver,
  JourneyListResolver,
  JourneyAssessmentResolver,
  JourneyModuleResolver,
  JourneyMentorResolver,
  JourneyOutcomeResolver,
  JourneySatisfactionResolver,
  MentorModuleResolver,
  NotificationResolver,
  JourneyDecisionResolver,
  JourneyFollowThroughResolver,
  JourneyLifecycleResolver,
  JourneyPartnerResolver,
  ProgrammeResolver,
  ProgrammeSetupResolver,
  ProgrammeRulesResolver,
  BulkEnrolmentResolver,
  EnrolmentImportResolver,
  SessionAttendanceResolver,
  FieldSyncResolver,
  BeneficiaryListResolver,
  CohortResolver,
  SelectionRecordResolver,
  AuditLogResolver,
  JourneyHistoryResolver,
  PersonalDataRevealResolver,
  BeneficiaryErasureResolver,
  IndicatorResolver,
  ReportJobResolver,
  CaseloadFiguresResolver,
  WeeklyNarrativeResolver,
  ComplaintResolver,
  ConflictResolver,
  SafeguardingResolver,
  OrganisationResolver,
  NodeResolver,
  StaffResolver,
  HandOverResolver,
  GroupResolver,
  GroupMembershipResolver,
  GroupBusinessResolver,
  JourneyGroupsResolver,
  GroupDeliveryResolver,
  GroupSessionResolver,
  InclusionResolver,
  WebhookResolver,
  ...ACCOMMODATION_RESOLVERS,
  LiveResolver,
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
 * Wraps every Query and Mutation field of the built schema: the ids its arguments name are decoded
 * to UUIDs (api/node/node-arguments.ts), and with `authorization` the access middleware runs first
 * (fail closed: a field with no ACCESS_POLICY row is refused), decoding them for its scope check.
 * Applied here rather than as a type-graphql global middleware, which would also wrap every field
 * of every row in an async middleware chain (a page of 50 journeys: ~1,000 wraps; the
 * security-overhead bench measured it).
 */
function wrapRootFields(schema: GraphQLSchema, authorization: boolean): GraphQLSchema {
  wrapSubscriptions(schema, authorization);
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const decode = nodeArgumentsDecoder(field);
      if (authorization)
        field.resolve = (root: unknown, args: Record<string, unknown>, context: GraphQLContext, info) =>
          accessMiddleware({ args, context, info, decode }, (decoded) =>
            Promise.resolve(resolve(root, decoded, context, info)),
          );
      else if (decode)
        field.resolve = (root: unknown, args: Record<string, unknown>, context: GraphQLContext, info) => {
          const { args: decoded, invalid } = decode(args);
          if (invalid) throw invalid;
          return resolve(root, decoded, context, info);
        };
    }
  }
  return schema;
}

/**
 * A Subscription field's checks run when it starts (its `subscribe`), as a query's do: ids decoded, and with
 * `authorization` the access middleware; its every event is checked again by api/live/live-stream.ts.
 */
function wrapSubscriptions(schema: GraphQLSchema, authorization: boolean): void {
  for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
    const subscribe = field.subscribe;
    if (!subscribe) continue;
    const decode = nodeArgumentsDecoder(field);
    field.subscribe = (root: unknown, args: Record<string, unknown>, context: GraphQLContext, info) => {
      if (authorization)
        return accessMiddleware({ args, context, info, decode }, (decoded) =>
          Promise.resolve(subscribe(root, decoded, context, info)),
        );
      const { args: decoded, invalid } = decode ? decode(args) : { args, invalid: null };
      if (invalid) throw invalid;
      return subscribe(root, decoded, context, info);
    };
  }
}

/**
 * Every subscription brings its own `subscribe` (api/live/live.resolver.ts, fed by LISTEN/NOTIFY); type-graphql
 * asks for a pub/sub all the same, which no field uses.
 */
const NO_TOPICS: PubSub = {
  publish: () => undefined,
  subscribe: () => {
    throw new Error('Jejak subscriptions have their own subscribe (api/live); there are no pub/sub topics');
  },
};

/**
 * The same schema with its types in the order the root fields reach them, Query first, as the
 * contract file has always read (type-graphql lists the Node interface's implementations first).
 * Order only: were a type reachable from no field, the schema is kept as built.
 */
function rootTypesFirst(schema: GraphQLSchema): GraphQLSchema {
  const ordered = new GraphQLSchema({ ...schema.toConfig(), types: [] });
  const same = Object.keys(ordered.getTypeMap()).length === Object.keys(schema.getTypeMap()).length;
  return same ? ordered : schema;
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
    pubSub: NO_TOPICS,
  });
  return wrapRootFields(rootTypesFirst(schema), options.authorization);
}

/** The committed contract (schema/schema.graphql) is exactly this text. */
export async function printJejakSchema(): Promise<string> {
  return `${printSchema(await buildJejakSchema())}\n`;
}
