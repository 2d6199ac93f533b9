import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { labelDescription as d, labelFor, requiredLabel } from '../i18n/label-field';
import { ComplaintObject, ComplaintStatusView } from '../complaint/complaint.object';
import { ConflictObject } from '../conflict/conflict.object';
import { SafeguardingActionObject, SafeguardingReportObject } from '../safeguarding/safeguarding.object';

/**
 * `<code>Label` fields of complaints, conflicts and safeguarding reports, in the request's language (see
 * api/i18n/label-field.ts).
 */
@Resolver(() => ComplaintObject)
export class ComplaintLabelsResolver {
  @FieldResolver(() => String, { description: d('What the complaint is about', 'Seorang pendamping', 'A facilitator') })
  subjectKindLabel(@Root() c: ComplaintObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'complaintSubject', c.subjectKind);
  }

  @FieldResolver(() => String, { description: d('The status', 'Sudah dipilah', 'Triaged') })
  statusLabel(@Root() c: ComplaintObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'complaintStatus', c.status);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: d('The category (null before triage)', 'Mutu layanan', 'Quality of services'),
  })
  categoryLabel(@Root() c: ComplaintObject, @Ctx() ctx: GraphQLContext): string | null {
    return labelFor(ctx, 'complaintCategory', c.category);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: d('The priority (null before triage)', 'Mendesak', 'Urgent'),
  })
  priorityLabel(@Root() c: ComplaintObject, @Ctx() ctx: GraphQLContext): string | null {
    return labelFor(ctx, 'complaintPriority', c.priority);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: d('The outcome (null until closed)', 'Terselesaikan sebagian', 'Partly resolved'),
  })
  outcomeLabel(@Root() c: ComplaintObject, @Ctx() ctx: GraphQLContext): string | null {
    return labelFor(ctx, 'complaintOutcome', c.outcome);
  }
}

@Resolver(() => ComplaintStatusView)
export class ComplaintStatusViewLabelsResolver {
  @FieldResolver(() => String, { description: d('The status', 'Sudah dijawab', 'Answered') })
  statusLabel(@Root() c: ComplaintStatusView, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'complaintStatus', c.status);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: d('The outcome (null until closed)', 'Terselesaikan', 'Resolved'),
  })
  outcomeLabel(@Root() c: ComplaintStatusView, @Ctx() ctx: GraphQLContext): string | null {
    return labelFor(ctx, 'complaintOutcome', c.outcome);
  }
}

@Resolver(() => ConflictObject)
export class ConflictLabelsResolver {
  @FieldResolver(() => String, { description: d('The conflict type', 'Konflik kepentingan', 'Conflict of interest') })
  typeLabel(@Root() c: ConflictObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'conflictType', c.type);
  }

  @FieldResolver(() => String, { description: d('The category', 'Sedang', 'Moderate') })
  categoryLabel(@Root() c: ConflictObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'conflictCategory', c.category);
  }

  @FieldResolver(() => String, { description: d('The status', 'Terselesaikan', 'Resolved') })
  statusLabel(@Root() c: ConflictObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'conflictStatus', c.status);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: d('How it was resolved (null while open)', 'Mediasi', 'Mediation'),
  })
  resolutionMethodLabel(@Root() c: ConflictObject, @Ctx() ctx: GraphQLContext): string | null {
    return labelFor(ctx, 'resolutionMethod', c.resolutionMethod);
  }
}

@Resolver(() => SafeguardingReportObject)
export class SafeguardingReportLabelsResolver {
  @FieldResolver(() => String, { description: d('What the report concerns', 'Pelecehan', 'Harassment') })
  categoryLabel(@Root() r: SafeguardingReportObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'safeguardingCategory', r.category);
  }

  @FieldResolver(() => String, { description: d('The status', 'Sedang ditangani', 'Being handled') })
  statusLabel(@Root() r: SafeguardingReportObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'safeguardingStatus', r.status);
  }
}

@Resolver(() => SafeguardingActionObject)
export class SafeguardingActionLabelsResolver {
  /** The step's name is the audit action's (`safeguarding.<kind>`), so the two never differ. */
  @FieldResolver(() => String, {
    description: d('The handling step', 'Bantuan hukum bagi korban', 'Legal support for the victim'),
  })
  kindLabel(@Root() a: SafeguardingActionObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'action', `safeguarding.${a.kind.toLowerCase()}`);
  }
}

export const GRIEVANCE_LABEL_RESOLVERS = [
  ComplaintLabelsResolver,
  ComplaintStatusViewLabelsResolver,
  ConflictLabelsResolver,
  SafeguardingReportLabelsResolver,
  SafeguardingActionLabelsResolver,
] as const;
