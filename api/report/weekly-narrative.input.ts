import { IsOptional, Matches } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { WEEKLY_NARRATIVE_MAX_CHARS as MAX } from '../../domain/report/weekly-narrative.rules';

@InputType({
  description:
    "A facilitator's weekly narrative (laporan mingguan) for one programme and ISO week: field constraints, " +
    'participant feedback, next week’s plan, optionally lessons learned. Sealed at rest.',
})
export class RecordWeeklyNarrativeInput {
  @Field(() => ID, { description: 'Programme the week’s work was in; must be in your scope.' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  programmeId!: string;
  @Field(() => LocalDateResolver, {
    description: 'The Monday starting the ISO week, YYYY-MM-DD; not a future week (else WEEK_NOT_VALID).',
  })
  weekOf!: string;
  @Field({ description: `Constraints met in the field this week (kendala di lapangan); 1-${MAX} characters.` })
  fieldConstraints!: string;
  @Field({ description: `What participants said (umpan balik peserta); 1-${MAX} characters.` })
  participantFeedback!: string;
  @Field({ description: `What is planned for next week; 1-${MAX} characters.` })
  nextWeekPlan!: string;
  @Field(() => String, {
    nullable: true,
    description: `Lessons learned this week, gathered into monthly and quarterly reports; at most ${MAX} characters.`,
  })
  @IsOptional()
  lessonsLearned?: string | null;
}
