import { GraphQLJSONObject, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';

const LOGFRAME_DOC =
  'The logframe: targets, baselines, age bands and small-cell threshold, in the shape of ' +
  'domain/programme/logframe/*.json (validated; VALIDATION_FAILED lists the problems).';

@InputType({ description: 'A new programme, as its programme office sets it up (admin).' })
export class CreateProgrammeInput {
  @Field(() => ID, {
    description:
      'Programme id: a lowercase slug, e.g. pena-ntb. Creating it again with the same content returns it; ' +
      'with other content PROGRAMME_EXISTS.',
  })
  id!: string;
  @Field({ description: 'Name in Indonesian.' }) nameId!: string;
  @Field({ description: 'Name in English (also the display name).' }) nameEn!: string;
  @Field({ description: 'The agency that implements the programme.' }) implementingAgency!: string;
  @Field(() => [String], { description: 'BPS region codes the programme covers (e.g. 52, 52.71).' })
  regionCodes!: string[];
  @Field(() => LocalDateResolver, { description: 'First day of the programme period.' }) periodStart!: string;
  @Field(() => LocalDateResolver, { description: 'Last day of the programme period.' }) periodEnd!: string;
  @Field({ description: 'Id of the programme rules new enrolments follow (see programmeRules).' }) rulesId!: string;
  @Field(() => Int, { description: 'Version of those rules; it must be bundled or published.' }) rulesVersion!: number;
  @Field(() => Int, {
    nullable: true,
    description: "Small-cell threshold; omitted: the logframe's (5 in the bundled logframes).",
  })
  smallCellThreshold?: number | null;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: `${LOGFRAME_DOC} Omitted: the bundled logframe of the rules id.`,
  })
  logframe?: Record<string, unknown> | null;
  @Field({ description: 'Why the programme is set up (10-500 characters), for the audit log.' }) reason!: string;
}

@InputType({
  description:
    'A change to a programme (admin): only the fields given change. A new rulesId or rulesVersion applies to ' +
    'journeys enrolled afterwards; running journeys keep their version (migrateJourneyRules moves one).',
})
export class UpdateProgrammeInput {
  @Field(() => ID, { description: 'The programme to change.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Name in Indonesian.' }) nameId?: string | null;
  @Field(() => String, { nullable: true, description: 'Name in English (also the display name).' })
  nameEn?: string | null;
  @Field(() => String, { nullable: true, description: 'The agency that implements the programme.' })
  implementingAgency?: string | null;
  @Field(() => [String], { nullable: true, description: 'BPS region codes the programme covers.' })
  regionCodes?: string[] | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'First day of the programme period.' })
  periodStart?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day of the programme period.' })
  periodEnd?: string | null;
  @Field(() => String, { nullable: true, description: 'Id of the programme rules new enrolments follow.' })
  rulesId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Version of those rules new enrolments follow.' })
  rulesVersion?: number | null;
  @Field(() => Int, { nullable: true, description: 'Small-cell threshold.' }) smallCellThreshold?: number | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: LOGFRAME_DOC })
  logframe?: Record<string, unknown> | null;
  @Field({ description: 'Why the programme changes (10-500 characters), for the audit log.' }) reason!: string;
}
