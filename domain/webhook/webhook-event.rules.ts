import { JOURNEY_EVENT_TYPES, JOURNEY_STAGES, type JourneyEventType, type Stage } from '../journey/journey-codes';

/**
 * What partner systems are told (docs/webhooks.md). Every journey event type is an outbound event type, with
 * the same code: a partner subscribes to the codes it needs. On the wire the type reads `journey.<code in lower
 * case>` (e.g. `journey.stage_changed`), the Standard Webhooks convention of dotted types.
 */
export const WEBHOOK_EVENT_TYPES: readonly JourneyEventType[] = JOURNEY_EVENT_TYPES;
export type WebhookEventType = JourneyEventType;

export const isWebhookEventType = (code: string): code is WebhookEventType =>
  (WEBHOOK_EVENT_TYPES as readonly string[]).includes(code);

/** The `type` a receiver reads in the body. */
export const wireEventType = (code: WebhookEventType): string => `journey.${code.toLowerCase()}`;

/** The state of a delivery of one event to one endpoint. */
export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'DEAD'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/** Whether an endpoint takes events. */
export const WEBHOOK_ENDPOINT_STATUSES = ['ACTIVE', 'DISABLED'] as const;
export type WebhookEndpointStatus = (typeof WEBHOOK_ENDPOINT_STATUSES)[number];

/** The `data` of an outbound event: ids and codes only, never a name, NIK, amount or free text. */
export interface WebhookEventData {
  journeyId: string;
  programmeId: string;
  cohortId: string | null;
  seq: number;
  ordinal: number;
  eventType: WebhookEventType;
  occurredAt: string;
  /** Who acted, by role code (never the user id: partners need not know staff). */
  actorRole: string;
  /** STAGE_CHANGED only: the stages left and entered. */
  fromStage?: Stage;
  toStage?: Stage;
}

const stageOf = (value: unknown): Stage | undefined =>
  typeof value === 'string' && (JOURNEY_STAGES as readonly string[]).includes(value) ? (value as Stage) : undefined;

/** The data of one journey event as partners receive it. */
export function webhookEventData(input: {
  journeyId: string;
  programmeId: string;
  cohortId: string | null;
  seq: number;
  ordinal: number;
  type: JourneyEventType;
  at: string;
  actorRole: string;
  data: Record<string, unknown>;
}): WebhookEventData {
  const base: WebhookEventData = {
    journeyId: input.journeyId,
    programmeId: input.programmeId,
    cohortId: input.cohortId,
    seq: input.seq,
    ordinal: input.ordinal,
    eventType: input.type,
    occurredAt: input.at,
    actorRole: input.actorRole,
  };
  if (input.type !== 'STAGE_CHANGED') return base;
  const fromStage = stageOf(input.data.from);
  const toStage = stageOf(input.data.to);
  return { ...base, ...(fromStage ? { fromStage } : {}), ...(toStage ? { toStage } : {}) };
}

/** The body posted: the Standard Webhooks envelope (type, timestamp, data). */
export const webhookBody = (data: WebhookEventData): string =>
  JSON.stringify({ type: wireEventType(data.eventType), timestamp: data.occurredAt, data });

/**
 * Why a URL cannot be an endpoint, or null: an absolute http(s) URL of at most 2000 characters, without
 * credentials in it (the signature authenticates us; a password in a URL would be kept in clear).
 */
export function webhookUrlProblem(url: string): string | null {
  if (url.length > 2000) return 'url is longer than 2000 characters';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'url is not an absolute URL';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'url must use http or https';
  if (parsed.username !== '' || parsed.password !== '') return 'url must not carry a user name or password';
  if (parsed.hostname === '') return 'url has no host';
  return null;
}

/** Why an event-type list cannot be an endpoint's, or null: 1 or more codes, none twice. */
export function webhookEventTypesProblem(types: readonly string[]): string | null {
  if (types.length === 0) return 'eventTypes must name at least one event type';
  if (new Set(types).size !== types.length) return 'eventTypes lists a type twice';
  const unknown = types.filter((t) => !isWebhookEventType(t));
  return unknown.length > 0 ? `unknown event types: ${unknown.join(', ')}` : null;
}
