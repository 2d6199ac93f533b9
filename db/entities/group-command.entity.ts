import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A command applied to a group, kept under its client idempotency key so a retry answers the same. */
@Entity({ tableName: 'group_command' })
export class GroupCommandEntity {
  @PrimaryKey({ type: 'text' }) idempotencyKey!: string;
  @Property({ type: 'uuid' }) groupId!: string;
  /** The audit action of the command (group.member.add ...). */
  @Property({ type: 'text' }) action!: string;
  /** SHA-256 of the command's content: the same key with other content is IDEMPOTENCY_KEY_REUSED. */
  @Property({ type: 'text' }) requestHash!: string;
  /** What the command answered: ids and codes only. */
  @Property({ type: 'jsonb' }) result!: Record<string, unknown>;
  @Property({ type: 'text' }) recordedBy!: string;
  @Property({ type: 'timestamptz' }) recordedAt!: Date;
}
