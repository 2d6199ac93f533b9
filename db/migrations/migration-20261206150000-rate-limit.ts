import { Migration } from '@mikro-orm/migrations';

/**
 * The API's per-caller request budget, shared by every API process (rate-limiter-flexible's
 * PostgreSQL store, its own column layout). Unlogged: a counter that lives a minute needs no WAL,
 * and losing it in a crash only refills everyone's budget.
 */
export class Migration20261206150000RateLimit extends Migration {
  up(): void {
    this.addSql(
      `create unlogged table if not exists "rate_limit" ` +
        `("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`,
    );
  }

  down(): void {
    this.addSql(`drop table if exists "rate_limit";`);
  }
}
