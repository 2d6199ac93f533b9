import type { MikroORM } from '@mikro-orm/postgresql';
import { log } from '@temporalio/activity';
import { sqlOf } from '../../db/shared/sql-rows';
import { pruneDead, pruneDelivered, pruneDisabled, pruneEvents } from '../../db/webhook/webhook-prune.sql';
import {
  pruneCutoffs,
  type WebhookPruneActivities,
  type WebhookPruneInput,
  type WebhookPruneResult,
  type WebhookRetention,
} from '../../domain/webhook/webhook-prune.rules';

/**
 * The webhook outbox prune's one activity: deletes, in batches, delivered deliveries past their retention,
 * dead-lettered ones past theirs (the domain's pruneCutoffs on `at`), those of endpoints disabled before the
 * dead-letter cutoff, then the outbox events no delivery refers to. Idempotent: a retry or a second run deletes only
 * what is still there. Pending deliveries of an active endpoint are never touched.
 */
export function createWebhookPruneActivities(orm: MikroORM, retention: WebhookRetention): WebhookPruneActivities {
  return {
    async pruneWebhookOutbox(input: WebhookPruneInput): Promise<WebhookPruneResult> {
      const cutoffs = pruneCutoffs(input.at, retention);
      const sql = sqlOf(orm.em.fork());
      const result = {
        delivered: await pruneDelivered(sql, cutoffs),
        dead: await pruneDead(sql, cutoffs),
        disabled: await pruneDisabled(sql, cutoffs),
        events: await pruneEvents(sql, cutoffs),
      };
      log.info('webhook outbox pruned', { ...result, ...cutoffs });
      return result;
    },
  };
}
