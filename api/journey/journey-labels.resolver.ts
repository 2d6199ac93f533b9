import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { labelDescription as d, labelFor, requiredLabel } from '../i18n/label-field';
import { GraduationCriterionObject, ReEvaluationObject, ReferralObject } from './journey-review.object';
import {
  DecisionObject,
  JourneyObject,
  ModuleRunObject,
  NextActionObject,
  OverdueObject,
  PlannedModule,
  SessionRunObject,
  WelfareRecord,
} from './journey.object';
import { moduleTemplateName } from '../../domain/i18n/module-name';

/** `<code>Label` fields of a journey and its parts, in the request's language (see api/i18n/label-field.ts). */
@Resolver(() => JourneyObject)
export class JourneyLabelsResolver {
  @FieldResolver(() => String, { description: d('The stage', 'Lulus graduasi', 'Graduated') })
  stageLabel(@Root() j: JourneyObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'stage', j.stage);
  }

  @FieldResolver(() => String, { description: d('The status', 'Dijeda', 'Paused') })
  statusLabel(@Root() j: JourneyObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'journeyStatus', j.status);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: d('The latest welfare level (null before the needs assessment)', 'Rentan', 'Vulnerable'),
  })
  welfareLevelLabel(@Root() j: JourneyObject, @Ctx() ctx: GraphQLContext): string | null {
    return labelFor(ctx, 'welfareLevel', j.welfareLevel);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: d('The decision waiting to be communicated (null when none)', 'Belum lulus', 'Not yet graduated'),
  })
  pendingCommunicationLabel(@Root() j: JourneyObject, @Ctx() ctx: GraphQLContext): string | null {
    return labelFor(ctx, 'decision', j.pendingCommunication);
  }
}

@Resolver(() => WelfareRecord)
export class WelfareRecordLabelsResolver {
  @FieldResolver(() => String, { description: d('The welfare level', 'Miskin', 'Poor') })
  levelLabel(@Root() w: WelfareRecord, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'welfareLevel', w.level);
  }
}

@Resolver(() => SessionRunObject)
export class SessionRunLabelsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: d('The attendance (null until recorded)', 'Hadir sebagian', 'Partly present'),
  })
  attendanceLabel(@Root() s: SessionRunObject, @Ctx() ctx: GraphQLContext): string | null {
    return labelFor(ctx, 'attendance', s.attendance);
  }
}

@Resolver(() => PlannedModule)
export class PlannedModuleLabelsResolver {
  @FieldResolver(() => String, {
    description: d('The module template name', 'Pelatihan Vokasi', 'Vocational training'),
  })
  templateLabel(@Root() m: PlannedModule, @Ctx() ctx: GraphQLContext): string {
    return moduleTemplateName(ctx.locale, m.templateId);
  }
}

@Resolver(() => ModuleRunObject)
export class ModuleRunLabelsResolver {
  @FieldResolver(() => String, {
    description: d('The module template name', 'Pelatihan Vokasi', 'Vocational training'),
  })
  templateLabel(@Root() m: ModuleRunObject, @Ctx() ctx: GraphQLContext): string {
    return moduleTemplateName(ctx.locale, m.templateId);
  }

  @FieldResolver(() => String, { description: d('The module status', 'Berjalan', 'Running') })
  statusLabel(@Root() m: ModuleRunObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'moduleStatus', m.status);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: d('The assignment result (null until evaluated)', 'Tidak dikumpulkan', 'Not submitted'),
  })
  assignmentResultLabel(@Root() m: ModuleRunObject, @Ctx() ctx: GraphQLContext): string | null {
    return labelFor(ctx, 'assignmentResult', m.assignmentResult);
  }
}

@Resolver(() => DecisionObject)
export class DecisionLabelsResolver {
  @FieldResolver(() => String, { description: d('The decision', 'Penghentian bantuan', 'Terminate assistance') })
  kindLabel(@Root() x: DecisionObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'decision', x.kind);
  }
}

@Resolver(() => OverdueObject)
export class OverdueLabelsResolver {
  @FieldResolver(() => String, { description: d('What is late', 'Asesmen kebutuhan', 'Needs assessment') })
  kindLabel(@Root() o: OverdueObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'deadline', o.kind);
  }
}

@Resolver(() => NextActionObject)
export class NextActionLabelsResolver {
  @FieldResolver(() => String, {
    description: d('The expected action', 'Mengirim asesmen kebutuhan', 'Submit the needs assessment'),
  })
  actionLabel(@Root() n: NextActionObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'action', n.action);
  }

  @FieldResolver(() => String, { description: d('The role expected to act', 'Pendamping', 'Facilitator') })
  byLabel(@Root() n: NextActionObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'role', n.by);
  }
}

@Resolver(() => ReEvaluationObject)
export class ReEvaluationLabelsResolver {
  @FieldResolver(() => String, { description: d("The server's proposal", 'Belum lulus', 'Not yet graduated') })
  proposalLabel(@Root() r: ReEvaluationObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'decision', r.proposal);
  }

  @FieldResolver(() => String, {
    description: d('The welfare level derived from this re-evaluation', 'Menengah', 'Middle'),
  })
  welfareLevelLabel(@Root() r: ReEvaluationObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'welfareLevel', r.welfareLevel);
  }
}

@Resolver(() => GraduationCriterionObject)
export class GraduationCriterionLabelsResolver {
  @FieldResolver(() => String, { description: d('The criterion', 'Usaha masih berjalan', 'Business still running') })
  criterionLabel(@Root() c: GraduationCriterionObject, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'graduationCriterion', c.criterion);
  }
}

@Resolver(() => ReferralObject)
export class ReferralLabelsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: d("The receiving programme's answer (null while waiting)", 'Diterima', 'Accepted'),
  })
  answerLabel(@Root() r: ReferralObject, @Ctx() ctx: GraphQLContext): string | null {
    return labelFor(ctx, 'referralAnswer', r.answer);
  }
}

export const JOURNEY_LABEL_RESOLVERS = [
  JourneyLabelsResolver,
  WelfareRecordLabelsResolver,
  SessionRunLabelsResolver,
  PlannedModuleLabelsResolver,
  ModuleRunLabelsResolver,
  DecisionLabelsResolver,
  OverdueLabelsResolver,
  NextActionLabelsResolver,
  ReEvaluationLabelsResolver,
  GraduationCriterionLabelsResolver,
  ReferralLabelsResolver,
] as const;
