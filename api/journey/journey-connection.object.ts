import { Field, Int, ObjectType } from 'type-graphql';
import { JourneyObject } from './journey.object';

@ObjectType({ description: 'Where a page ends (Relay cursor connection).' })
export class PageInfo {
  @Field({ description: 'Whether more journeys follow this page.' }) hasNextPage!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge: pass it as after to get the next page; null on an empty page.',
  })
  endCursor!: string | null;
}

@ObjectType({ description: 'A journey in a page, with its cursor.' })
export class JourneyEdge {
  @Field({ description: 'Opaque position of this journey in the list; pass it as after to continue from here.' })
  cursor!: string;
  @Field(() => JourneyObject, { description: 'The journey.' }) node!: JourneyObject;
}

@ObjectType({ description: 'A page of journeys (Relay cursor connection).' })
export class JourneyConnection {
  @Field(() => [JourneyEdge], { description: 'The journeys of this page, in the requested order.' })
  edges!: JourneyEdge[];
  @Field(() => PageInfo, { description: 'Whether there is a next page and where it starts.' }) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Journeys matching the filter, all pages.' }) totalCount!: number;
}
