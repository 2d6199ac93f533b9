import { Arg, ID } from 'type-graphql';

/** The arguments every group command shares, declared once. */
export const GroupIdArg = () =>
  Arg('groupId', () => ID, { description: 'The group: its id (Group.id), or its UUID (Group.groupId).' });

export const GroupKeyArg = () =>
  Arg('idempotencyKey', () => String, {
    description:
      'Client key (8-128 of A-Z a-z 0-9 _ - : .): a retry with the same key answers the same and writes nothing ' +
      'twice; the key reused for another command or content is IDEMPOTENCY_KEY_REUSED.',
  });
