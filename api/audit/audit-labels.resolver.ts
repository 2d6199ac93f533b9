import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { labelDescription as d, requiredLabel } from '../i18n/label-field';
import { AuditLogEntry } from './audit-log.object';

/** `<code>Label` fields of an audit row, in the request's language (see api/i18n/label-field.ts). */
@Resolver(() => AuditLogEntry)
export class AuditLogLabelsResolver {
  @FieldResolver(() => String, {
    description: d(
      'What was done or attempted (an unknown action is shown as its code)',
      'Menyetujui rencana intervensi',
      'Approve the intervention plan',
    ),
  })
  actionLabel(@Root() a: AuditLogEntry, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'action', a.action);
  }

  @FieldResolver(() => String, {
    description: d('The role the actor acted in', 'Manajer program', 'Programme manager'),
  })
  actorRoleLabel(@Root() a: AuditLogEntry, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'role', a.actorRole);
  }

  @FieldResolver(() => String, {
    description: d('What kind of fact the row records', 'Percobaan yang ditolak', 'Refused attempt'),
  })
  sourceLabel(@Root() a: AuditLogEntry, @Ctx() ctx: GraphQLContext): string {
    return requiredLabel(ctx, 'auditSource', a.source);
  }
}
