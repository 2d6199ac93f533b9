import { Field, Int, ObjectType } from 'type-graphql';
import { JourneyObject } from './journey.object';

@ObjectType() export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType() export class JourneyEdge {
  @Field() cursor!: string;
  @Field(() => JourneyObject) node!: JourneyObject;
}

@ObjectType({ description: 'A page of journeys (Relay cursor connection).' })
export class JourneyConnection {
  @Field(() => [JourneyEdge]) edges!: JourneyEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Journeys matching the filter, all pages.' }) totalCount!: number;
}
