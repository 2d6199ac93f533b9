import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsInt, IsISO8601, IsNumber, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { AttendanceStatusCode } from '../journey-enums';

@InputType() export class PlannedModuleInputObject {
  @Field() @Matches(/^[A-Z_]{2,64}$/) templateId!: string;
  @Field(() => Int, { description: 'Modules in the same phase run in parallel; phases run in order.' }) @IsInt() @Min(1) @Max(20) phase!: number;
  @Field() @IsISO8601({ strict: true }) plannedStart!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(100) plannedSessions!: number;
}

@InputType() export class ApprovePlanInput {
  @Field(() => [PlannedModuleInputObject]) @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) modules!: PlannedModuleInputObject[];
}

@InputType() export class ScheduleSessionInput {
  @Field() @Matches(/^[A-Za-z0-9_\-]{1,80}$/) moduleId!: string;
  @Field() @Matches(/^[A-Za-z0-9_\-:.]{1,80}$/) sessionId!: string;
  @Field({ description: 'A session type of the template mix, e.g. THEORY, PRACTICE, HOME_VISIT.' }) @Matches(/^[A-Z_]{2,64}$/) sessionType!: string;
  @Field() @IsISO8601({ strict: true }) scheduledAt!: string;
}

@InputType() export class RecordAttendanceInput {
  @Field() @Matches(/^[A-Za-z0-9_\-]{1,80}$/) moduleId!: string;
  @Field() @Matches(/^[A-Za-z0-9_\-:.]{1,80}$/) sessionId!: string;
  @Field(() => AttendanceStatusCode) @IsIn(['PRESENT', 'PARTIAL', 'ABSENT']) status!: 'PRESENT' | 'PARTIAL' | 'ABSENT';
  @Field() @IsISO8601({ strict: true }) heldAt!: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(2000) @IsString() notes?: string;
}

@InputType() export class ModuleEvaluationInput {
  @Field() @Matches(/^[A-Za-z0-9_\-]{1,80}$/) moduleId!: string;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) preScore!: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) postScore!: number;
  @Field({ description: 'PASSED, FAILED or NOT_SUBMITTED' }) @IsIn(['PASSED', 'FAILED', 'NOT_SUBMITTED']) assignmentResult!: 'PASSED' | 'FAILED' | 'NOT_SUBMITTED';
  @Field({ nullable: true }) @IsOptional() @MaxLength(4000) @IsString() notes?: string;
}

@InputType() export class CloseModuleInput {
  @Field() @Matches(/^[A-Za-z0-9_\-]{1,80}$/) moduleId!: string;
  @Field() @IsString() @MaxLength(4000) reason!: string;
}

@InputType() export class ExtendModuleInput {
  @Field() @Matches(/^[A-Za-z0-9_\-]{1,80}$/) moduleId!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(365) extraDays!: number;
  @Field() @IsString() @MaxLength(4000) reason!: string;
}
