import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  IsInt,
  IsISO8601,
  IsNumber,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { AssignmentResult, AttendanceStatus } from '../../../domain/journey/journey-codes';
import { AssignmentResultCode, AttendanceStatusCode } from '../journey-module-enums';
import type { LivelihoodTrack } from '../../../domain/graduation/livelihood-track.rules';
import { LivelihoodTrackCode } from '../journey-livelihood-enums';

@InputType('PlannedModuleInput', { description: 'A module of the plan as the manager approves it.' })
export class PlannedModuleInputObject {
  @Field(() => ID, { description: 'Module template id, e.g. VOCATIONAL_TRAINING (see Query.moduleTemplates).' })
  @Matches(/^[A-Z_]{2,64}$/)
  templateId!: string;
  @Field(() => Int, {
    description: 'Phase number, 1-20: modules in the same phase run in parallel; phases run in order.',
  })
  @IsInt()
  @Min(1)
  @Max(20)
  phase!: number;
  @Field({ description: 'Planned start, ISO 8601 date or date-time, e.g. 2025-03-01.' })
  @IsISO8601({ strict: true })
  plannedStart!: string;
  @Field(() => Int, { description: 'Number of sessions planned, 1-100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  plannedSessions!: number;
}

@InputType({
  description:
    'The intervention plan (rencana intervensi) the manager approves: the proposed modules, or a changed list.',
})
export class ApprovePlanInput {
  @Field(() => [PlannedModuleInputObject], { description: 'The modules of the plan, 1-20.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  modules!: PlannedModuleInputObject[];
  @Field(() => LivelihoodTrackCode, {
    nullable: true,
    description:
      "The plan's livelihood track, which selects the graduation criteria; omitted: Journey.proposedTrack. Only " +
      'rules with tracks (version 5 on) take it; older versions refuse it (VALIDATION_FAILED).',
  })
  @IsOptional()
  track?: LivelihoodTrack;
}

@InputType({ description: 'A session to schedule in a running module.' })
export class ScheduleSessionInput {
  @Field({ description: 'Module id from Journey.modules, e.g. VOCATIONAL_TRAINING-1.' })
  @Matches(/^[A-Za-z0-9_-]{1,80}$/)
  moduleId!: string;
  @Field({
    description:
      'Id for the new session chosen by the client, unique within the module; 1-80 letters, digits, _ - : or .',
  })
  @Matches(/^[A-Za-z0-9_\-:.]{1,80}$/)
  sessionId!: string;
  @Field({ description: "A session type of the template's session mix, e.g. THEORY, PRACTICE, HOME_VISIT." })
  @Matches(/^[A-Z_]{2,64}$/)
  sessionType!: string;
  @Field({ description: 'When the session takes place, ISO 8601 date-time.' })
  @IsISO8601({ strict: true })
  scheduledAt!: string;
  @Field(() => Float, {
    nullable: true,
    description:
      "Planned length in hours, above 0 and at most 24, checked against the template's hours per session; " +
      'required when the rules refuse hours outside it (moduleDelivery.hoursPerSession REFUSE).',
  })
  @IsOptional()
  @IsNumber()
  @Max(24)
  durationHours?: number | null;
}

@InputType({
  description: 'Attendance of the beneficiary at a scheduled session; recorded once (changes go through correctData).',
})
export class RecordAttendanceInput {
  @Field({ description: 'Module id from Journey.modules.' }) @Matches(/^[A-Za-z0-9_-]{1,80}$/) moduleId!: string;
  @Field({ description: 'Id of a scheduled session of that module.' })
  @Matches(/^[A-Za-z0-9_\-:.]{1,80}$/)
  sessionId!: string;
  @Field(() => AttendanceStatusCode, { description: 'PRESENT, PARTIAL or ABSENT.' }) status!: AttendanceStatus;
  @Field({ description: 'When the session was actually held, ISO 8601 date-time.' })
  @IsISO8601({ strict: true })
  heldAt!: string;
  @Field({ nullable: true, description: 'Notes on the attendance, at most 2000 characters; kept as evidence.' })
  @IsOptional()
  @MaxLength(2000)
  @IsString()
  notes?: string;
}

@InputType({
  description:
    'The evaluation of a module (tugas dan evaluasi): pre/post-test scores and the assignment result. With all ' +
    'planned sessions held it completes the module.',
})
export class ModuleEvaluationInput {
  @Field({ description: 'Module id from Journey.modules.' }) @Matches(/^[A-Za-z0-9_-]{1,80}$/) moduleId!: string;
  @Field(() => Float, { description: 'Pre-test score (prauji), 0-100.' })
  @IsNumber()
  @Min(0)
  @Max(100)
  preScore!: number;
  @Field(() => Float, { description: 'Post-test score (pascauji), 0-100.' })
  @IsNumber()
  @Min(0)
  @Max(100)
  postScore!: number;
  @Field(() => AssignmentResultCode, { description: 'Result of the module assignment.' })
  assignmentResult!: AssignmentResult;
  @Field({ nullable: true, description: 'Notes on the evaluation, at most 4000 characters; kept as evidence.' })
  @IsOptional()
  @MaxLength(4000)
  @IsString()
  notes?: string;
}

@InputType({ description: 'A running module the manager closes early.' })
export class CloseModuleInput {
  @Field({ description: 'Module id from Journey.modules.' }) @Matches(/^[A-Za-z0-9_-]{1,80}$/) moduleId!: string;
  @Field({ description: 'Why (required), at most 4000 characters; kept for auditors.' })
  @IsString()
  @MaxLength(4000)
  reason!: string;
}

@InputType({ description: 'A running module whose planned end the manager moves later.' })
export class ExtendModuleInput {
  @Field({ description: 'Module id from Journey.modules.' }) @Matches(/^[A-Za-z0-9_-]{1,80}$/) moduleId!: string;
  @Field(() => Int, { description: 'Days to add to the planned end, 1-365.' })
  @IsInt()
  @Min(1)
  @Max(365)
  extraDays!: number;
  @Field({ description: 'Why (required), at most 4000 characters; kept for auditors.' })
  @IsString()
  @MaxLength(4000)
  reason!: string;
}
