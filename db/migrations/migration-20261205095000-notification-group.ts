import { Migration } from '@mikro-orm/migrations';

/**
 * A notification may concern a group rather than a journey (a group that stopped meeting, escalated by the
 * group meeting watch): `group_id` names it, so myNotifications limits it to the reader's scope by the group's
 * programme and region as it does a journey's.
 */
export class Migration20261205095000NotificationGroup extends Migration {
  up(): void {
    this.addSql(
      `alter table "notification" add column if not exists "group_id" uuid null references "community_group" ("id");`,
    );
  }

  down(): void {
    this.addSql(`alter table "notification" drop column if exists "group_id";`);
  }
}
