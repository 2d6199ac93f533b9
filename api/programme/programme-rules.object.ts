import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

@ObjectType('RulesRef', { description: 'A rules version by its id and version.' })
export class RulesRefObject {
  @Field({ description: 'Id of the programme rules, e.g. default.' }) rulesId!: string;
  @Field(() => Int, { description: 'Version of those rules.' }) version!: number;
}

@ObjectType('RulesChange', {
  description: 'One value that differs between a rules version and the one it derives from.',
})
export class RulesChangeObject {
  @Field({
    description:
      'Where: a dotted path, list items by their id where they have one, e.g. ' +
      'graduation.minIncomeToMinimumWageRatio or moduleTemplates[SOCIAL_MENTORING].sessions.max.',
  })
  path!: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The value before; null where there was none.' })
  before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The value after; null where there is none any more.' })
  after!: unknown;
}

@ObjectType('ProgrammeRulesVersion', {
  description:
    'A version of programme rules (selection, graduation criteria, deadlines, module catalogue): bundled ' +
    'with Jejak or published through the API, never changed once it exists. Journeys keep the version they ' +
    'started with.',
})
export class ProgrammeRulesVersionObject {
  @Field({ description: 'Id of the programme rules, e.g. default.' }) rulesId!: string;
  @Field(() => Int, { description: 'Version.' }) version!: number;
  @Field({ description: 'What this version is (from the document).' }) description!: string;
  @Field(() => RulesRefObject, {
    nullable: true,
    description: 'The version it derives from; null for a first version.',
  })
  derivesFrom!: RulesRefObject | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was published; null for a version bundled with Jejak (domain/programme/rules).',
  })
  publishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'User id of the admin who published it; null when bundled.' })
  publishedBy!: string | null;
  @Field({ description: 'True for a version bundled with Jejak rather than published through the API.' })
  bundled!: boolean;
  @Field(() => GraphQLJSONObject, {
    description: 'The whole rules document (shape: domain/programme/programme-rules.types.ts; rules README).',
  })
  document!: Record<string, unknown>;
  @Field(() => [RulesChangeObject], {
    description: 'What differs from derivesFrom, value by value; empty for a first version.',
  })
  diff!: RulesChangeObject[];
}
