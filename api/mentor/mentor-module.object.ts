import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import type { ModuleStatus } from '../../domain/journey/journey-codes';
import { SessionRunObject } from '../journey/journey.object';
import { ModuleStatusCode } from '../journey/journey-module-enums';

@ObjectType('MentorModule', {
  description:
    'A module run a manager assigned to the calling mentor (assignModuleMentor): what the mentor needs to run its ' +
    'sessions and nothing more of the person (their name for the attendance list; no NIK, phone or birth date).',
})
export class MentorModuleObject {
  @Field(() => ID, { description: 'The journey (Journey.journeyId, a UUID): module commands take it as journeyId.' })
  journeyId!: string;
  @Field({ description: 'Module id within the journey, e.g. TECHNICAL_MENTORING-1: module commands take this id.' })
  moduleId!: string;
  @Field(() => ID, { description: 'Module template id, e.g. TECHNICAL_MENTORING (see Query.moduleTemplates).' })
  templateId!: string;
  @Field({ description: "The template's name in the request's language, e.g. Pendampingan Teknis." })
  moduleName!: string;
  @Field({
    description:
      "The participant's name as enrolled (a pseudonym once erased on request): the mentor meets them in person " +
      'and records their attendance by it.',
  })
  participantName!: string;
  @Field(() => ModuleStatusCode, { description: 'Where the module run stands: PLANNED, ACTIVE, COMPLETED or CLOSED.' })
  status!: ModuleStatus;
  @Field(() => Int, { description: 'Sessions held so far (attendance recorded).' }) sessionsHeld!: number;
  @Field(() => Int, { description: 'Sessions planned for the module in the approved plan.' }) sessionsPlanned!: number;
  @Field(() => SessionRunObject, {
    nullable: true,
    description: 'The earliest scheduled session whose attendance is not recorded yet; null when none is waiting.',
  })
  nextSession!: SessionRunObject | null;
  @Field(() => GraphQLISODateTime, { description: 'Planned start of the module.' }) plannedStart!: string;
  @Field(() => GraphQLISODateTime, { description: 'Planned end; moved later by pauses and extensions.' })
  plannedEnd!: string;
}
