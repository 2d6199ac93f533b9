import { Field, Float, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import type { HoursCheck, MixBasis } from '../../domain/module/module-delivery.rules';
import { RangeObject } from '../programme/programme.object';
import { HoursCheckCode, MixBasisCode } from './journey-module-enums';

@ObjectType('SessionHoursFlag', {
  description: "A session whose planned hours lie outside its module template's hours per session.",
})
export class SessionHoursFlagObject {
  @Field({ description: 'The session id, as scheduled in the module.' }) sessionId!: string;
  @Field({ description: "The session's type from the template's session mix." }) sessionType!: string;
  @Field(() => Float, { description: "The session's planned length in hours." }) durationHours!: number;
  @Field(() => HoursCheckCode, { description: 'BELOW (shorter than the template) or ABOVE (longer).' })
  check!: HoursCheck;
}

@ObjectType('SessionTypeShare', {
  description:
    "One session type's share of what a module held, against the template's percentage (rules README, default " +
    'v4: Module delivery).',
})
export class SessionTypeShareObject {
  @Field({ description: 'Session type code, e.g. GROUP_GUIDANCE, THEORY.' }) sessionType!: string;
  @Field(() => Int, { description: "The template's percentage for the type; 0 for a type the template lacks." })
  templatePercent!: number;
  @Field(() => Int, { description: 'Held sessions of this type.' }) sessionsHeld!: number;
  @Field(() => Float, { description: 'Hours of held sessions of this type (sessions without hours add none).' })
  hoursHeld!: number;
  @Field(() => Float, {
    nullable: true,
    description: "The type's share of the held total (see ModuleDelivery.mixBasis), percent; null before any is held.",
  })
  sharePercent!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'sharePercent minus templatePercent, in percentage points; null before any session is held.',
  })
  deviationPoints!: number | null;
  @Field({ description: 'The deviation is more than ModuleDelivery.mixTolerancePoints either way.' })
  outsideTolerance!: boolean;
}

@ObjectType('ModuleDelivery', {
  description:
    "A module's delivery against its template (rules README, default v4: Module delivery), on a journey's module " +
    "(ModuleRun.delivery) or a learning group's sessions (Group.delivery): hours, the " +
    'session-type mix and the minimum duration. Shown for every rules version; whether a deviation is refused or ' +
    "only flagged is the rules' moduleDelivery.",
})
export class ModuleDeliveryObject {
  @Field(() => Int, { description: 'Sessions scheduled, held or not.' }) sessionsScheduled!: number;
  @Field(() => Int, { description: 'Sessions held (attendance recorded, ABSENT included).' }) sessionsHeld!: number;
  @Field(() => Float, { description: 'Hours of the held sessions that carry their hours.' }) hoursHeld!: number;
  @Field(() => Float, { description: 'Hours of every scheduled session that carries its hours, held or not.' })
  hoursScheduled!: number;
  @Field(() => Int, { description: 'Held sessions scheduled without hours (they add no hours).' })
  heldWithoutHours!: number;
  @Field(() => RangeObject, { description: "The template's hours per session." }) hoursPerSession!: RangeObject;
  @Field(() => [SessionHoursFlagObject], {
    description: "Scheduled or held sessions whose hours lie outside the template's hours per session.",
  })
  sessionsOutsideHours!: SessionHoursFlagObject[];
  @Field(() => RangeObject, { description: "The template's total hours (sessions x hours per session)." })
  totalHours!: RangeObject;
  @Field(() => HoursCheckCode, {
    description: 'hoursHeld against totalHours; a running module is BELOW until enough hours are held.',
  })
  totalHoursCheck!: HoursCheck;
  @Field(() => MixBasisCode, { description: 'Whether the shares count held hours or held sessions.' })
  mixBasis!: MixBasis;
  @Field(() => Float, {
    description:
      "Percentage points a share may differ from the template's before it is flagged (the rules' " +
      'moduleDelivery.mixTolerancePoints; 0 when the rules set none, so every deviation shows).',
  })
  mixTolerancePoints!: number;
  @Field(() => [SessionTypeShareObject], {
    description: "Each of the template's session types, then any other type held, with its share.",
  })
  mix!: SessionTypeShareObject[];
  @Field({ description: 'Some session type is outside the tolerance.' }) mixOutsideTolerance!: boolean;
  @Field(() => Float, {
    description: "The template's minimum duration in days: its shortest months x the rules' daysPerMonth.",
  })
  minimumDurationDays!: number;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'The first held session plus the minimum duration: where the rules refuse early completion, ' +
      'recordModuleEvaluation is accepted from then on. Null before the module starts.',
  })
  earliestCompletion!: string | null;
  @Field({
    description:
      'The module completed before its earliest completion under rules that check delivery (flagged, not refused); ' +
      "on Group.delivery: a member's module that took the group's sessions did.",
  })
  completedEarly!: boolean;
}
