import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../journey/journey-connection.object';
import { GroupObject } from './group.object';

@ObjectType({ description: 'One group in a page, with the cursor that points at it.' })
export class GroupEdge {
  @Field({ description: 'Opaque cursor: pass it as `after` to get the groups after this one.' }) cursor!: string;
  @Field(() => GroupObject, { description: 'The group.' }) node!: GroupObject;
}

@ObjectType({ description: 'A page of groups (Relay cursor connection), newest formed first, then by id.' })
export class GroupConnection {
  @Field(() => [GroupEdge], { description: 'The groups of this page, in order.' }) edges!: GroupEdge[];
  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to ask for the next one.' })
  pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Groups matching the filter in your scope, all pages.' }) totalCount!: number;
}
