import { Migration } from '@mikro-orm/migrations';

/**
 * A notification names the role it is meant for (facilitator, coordinator, manager), so a rung of the
 * escalation ladder whose person is not known yet (a facilitator without a coordinator) is still recorded,
 * with a null recipient. Journey notifications already written get the role their kind implies.
 */
export class Migration20261205083000RecipientRole extends Migration {
  up(): void {
    this.addSql(`alter table "notification" add column if not exists "recipient_role" text null;`);
    this.addSql(
      `update "notification" set "recipient_role" = case "kind" when 'ALERT_FACILITATOR' then 'facilitator' ` +
        `else 'manager' end where "recipient_role" is null and "kind" in ('ALERT_FACILITATOR', 'ESCALATE_TO_MANAGER');`,
    );
  }

  down(): void {
    this.addSql(`alter table "notification" drop column if exists "recipient_role";`);
  }
}
