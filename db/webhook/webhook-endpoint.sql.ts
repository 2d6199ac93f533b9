import type { SqlRows } from '../shared/sql-rows';
import type { WebhookEndpointStatus, WebhookEventType } from '../../domain/webhook/webhook-event.rules';

/** An endpoint row as the API shows it (the sealed secret stays here). */
export interface WebhookEndpointRow {
  id: string;
  programmeId: string;
  url: string;
  eventTypes: WebhookEventType[];
  status: WebhookEndpointStatus;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  secretRotatedAt: Date | null;
}

const COLUMNS = `id, programme_id, url, event_types, status, created_by, created_at, updated_at, secret_rotated_at`;

const rowOf = (r: Record<string, unknown>): WebhookEndpointRow => ({
  id: String(r.id),
  programmeId: String(r.programme_id),
  url: String(r.url),
  eventTypes: r.event_types as WebhookEventType[],
  status: r.status as WebhookEndpointStatus,
  createdBy: String(r.created_by),
  createdAt: new Date(r.created_at as string),
  updatedAt: new Date(r.updated_at as string),
  secretRotatedAt: r.secret_rotated_at ? new Date(r.secret_rotated_at as string) : null,
});

export async function findWebhookEndpoint(sql: SqlRows, id: string): Promise<WebhookEndpointRow | null> {
  const [row] = await sql(`select ${COLUMNS} from webhook_endpoint where id = ?`, [id]);
  return row ? rowOf(row) : null;
}

export async function webhookEndpointsOf(sql: SqlRows, programmeId: string): Promise<WebhookEndpointRow[]> {
  const rows = await sql(`select ${COLUMNS} from webhook_endpoint where programme_id = ? order by created_at, id`, [
    programmeId,
  ]);
  return rows.map(rowOf);
}
