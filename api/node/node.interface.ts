import { Field, ID, InterfaceType } from 'type-graphql';
import { parseGlobalId } from './global-id';

/** The concrete type of a node is the type its global id names (every node's `id` is one). */
const resolveNodeType = (value: { id: string }): string | undefined => {
  const parsed = parseGlobalId(value.id);
  return parsed?.type;
};

@InterfaceType('Node', {
  description:
    'An object with a global id (Relay Global Object Identification): Query.node(id:) fetches it again, and ' +
    "normalised caches (Relay, Apollo Client) key it by id. Read access is that of the type's own query.",
  resolveType: resolveNodeType,
})
export abstract class NodeInterface {
  @Field(() => ID, {
    description:
      'Global id: opaque and stable, unique across types. Pass it to node(id:) or to any argument naming this object.',
  })
  id!: string;
}
