import { ArrayMaxSize, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType() export class DecideGraduationInput {
  @Field({ description: 'GRADUATE or NOT_YET' }) @IsIn(['GRADUATE', 'NOT_YET']) decision!: 'GRADUATE' | 'NOT_YET';
  @Field({ nullable: true, description: 'Required when the decision goes against the criteria proposal.' }) @IsOptional() @IsString() @MaxLength(4000) reason?: string;
}

@InputType({ description: 'How a decision was communicated to the beneficiary [001:3863, 3871-3875, 3894-3897].' })
export class RecordCommunicationInput {
  @Field({ description: 'The pending decision: GRADUATE, NOT_YET, INTENSIVE_SUPPORT, TERMINATE, REFER, ANOTHER_CYCLE' })
  @IsIn(['GRADUATE', 'NOT_YET', 'INTENSIVE_SUPPORT', 'TERMINATE', 'REFER', 'ANOTHER_CYCLE']) decision!: string;
  @Field({ description: 'FACE_TO_FACE, HOME_VISIT, PHONE, MESSAGE, GROUP_MEETING' }) @IsIn(['FACE_TO_FACE', 'HOME_VISIT', 'PHONE', 'MESSAGE', 'GROUP_MEETING']) channel!: string;
  @Field() @IsString() @MaxLength(4000) summary!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) beneficiaryResponse?: string;
}

@InputType({ description: 'Evaluation of why targets were not met, with the beneficiary [001:3888-3892].' })
export class NotGraduatedEvaluationInput {
  @Field(() => [String]) @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(500, { each: true }) causes!: string[];
  @Field() @IsString() @MaxLength(4000) beneficiaryInput!: string;
  @Field() @IsString() @MaxLength(4000) recommendations!: string;
}

@InputType({ description: 'A focused, measurable action plan for intensive support [001:3899-3902].' })
export class IntensiveSupportInput {
  @Field() @IsString() @MaxLength(8000) actionPlan!: string;
}

@InputType() export class DecideTerminationInput {
  @Field({ description: 'ANOTHER_CYCLE or TERMINATE' }) @IsIn(['ANOTHER_CYCLE', 'TERMINATE']) decision!: 'ANOTHER_CYCLE' | 'TERMINATE';
  @Field() @IsString() @MaxLength(8000) reason!: string;
  @Field(() => [String], { defaultValue: [], description: 'Alternative programmes offered [001:3909-3913].' }) @ArrayMaxSize(20) @IsString({ each: true }) alternativesOffered!: string[];
}

@InputType() export class ReferInput {
  @Field({ description: 'Code of the more advanced programme, e.g. KUR.' }) @Matches(/^[A-Za-z0-9_\-.]{1,64}$/) targetProgramme!: string;
  @Field() @IsString() @MaxLength(4000) readiness!: string;
  @Field() @IsString() @MaxLength(4000) informationGiven!: string;
}

@InputType() export class ReferralAnswerInput {
  @Field({ description: 'ACCEPTED or DECLINED' }) @IsIn(['ACCEPTED', 'DECLINED']) answer!: 'ACCEPTED' | 'DECLINED';
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) note?: string;
}

@InputType() export class ExitInput {
  @Field({ description: 'EXIT, DEATH, RELOCATION or SANCTION' }) @IsIn(['EXIT', 'DEATH', 'RELOCATION', 'SANCTION']) exitKind!: 'EXIT' | 'DEATH' | 'RELOCATION' | 'SANCTION';
  @Field() @IsString() @MaxLength(4000) reason!: string;
}

@InputType() export class ReassignFacilitatorInput {
  @Field() @Matches(/^[A-Za-z0-9_\-:.@]{1,128}$/) facilitatorId!: string;
  @Field() @IsString() @MaxLength(4000) reason!: string;
}

@InputType({ description: 'A correction of recorded data; the old and new values and the reason are kept.' })
export class CorrectDataInput {
  @Field({ description: 'What is corrected, e.g. assessment.income.monthlyFamilyIncome' }) @Matches(/^[A-Za-z0-9_.]{1,128}$/) field!: string;
  @Field({ description: 'The corrected value as JSON text.' }) @IsString() @MaxLength(8000) valueJson!: string;
  @Field() @IsString() @MaxLength(4000) reason!: string;
}
