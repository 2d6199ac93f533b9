import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'A new rules version to publish (admin).' })
export class PublishProgrammeRulesInput {
  @Field({ description: 'Id of the programme rules: a lowercase slug, e.g. pena-ntb or default.' }) rulesId!: string;
  @Field(() => Int, { description: 'The new version: newer than every version of this rules id.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'Id of the rules version it derives from (for the diff).' })
  derivesFromRulesId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Version it derives from; given together with derivesFromRulesId.' })
  derivesFromVersion?: number | null;
  @Field(() => GraphQLJSONObject, {
    description:
      'The rules document; its programmeRulesId and version must be rulesId and version. Validated as every ' +
      'bundled version is (INVALID_RULES with details.problems otherwise).',
  })
  document!: Record<string, unknown>;
  @Field({ description: 'Why this version is published (10-500 characters), for the audit log.' }) reason!: string;
}
