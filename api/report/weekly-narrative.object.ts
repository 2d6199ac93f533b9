import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('WeeklyNarrative', {
  description:
    "A facilitator's weekly narrative for one programme and ISO week (one per facilitator, programme and week: " +
    'recording it again replaces the texts and raises revision). Shown in that week’s WEEKLY_FACILITATOR report.',
})
export class WeeklyNarrativeObject {
  @Field(() => ID, { description: 'UUID of the narrative.' }) id!: string;
  @Field(() => ID, { description: 'Programme of the week’s work.' }) programmeId!: string;
  @Field(() => ID, { description: 'The facilitator (user id) who wrote it.' }) facilitatorId!: string;
  @Field({ description: 'Monday starting the ISO week, YYYY-MM-DD.' }) weekOf!: string;
  @Field({ description: 'Sunday ending the ISO week, YYYY-MM-DD.' }) weekEnds!: string;
  @Field({ description: 'Constraints met in the field this week.' }) fieldConstraints!: string;
  @Field({ description: 'What participants said.' }) participantFeedback!: string;
  @Field({ description: 'What is planned for next week.' }) nextWeekPlan!: string;
  @Field(() => String, { nullable: true, description: 'Lessons learned this week; null: none given.' })
  lessonsLearned!: string | null;
  @Field(() => Int, { description: 'How many times the texts were recorded (1: never replaced).' }) revision!: number;
  @Field(() => GraphQLISODateTime, { description: 'When the narrative was first recorded.' }) recordedAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When its texts were last recorded.' }) updatedAt!: Date;
}
