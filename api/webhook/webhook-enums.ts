import { LABELS_EN } from '../../domain/i18n/labels.en';
import {
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_ENDPOINT_STATUSES,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
} from '../../domain/webhook/webhook-event.rules';
import { codeEnum } from '../shared/code-enum';

/** The outbound event types a partner's endpoint subscribes to: every journey event, by its code. */
export const WebhookEventTypeCode = codeEnum(
  'WebhookEventType',
  WEBHOOK_EVENT_TYPES,
  'An outbound event type: a journey event, sent to partner systems as `journey.<code in lower case>`.',
  Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((code) => [code, `${LABELS_EN.event[code]} (journey.${code.toLowerCase()}).`]),
  ) as Record<WebhookEventType, string>,
);

export const WebhookDeliveryStatusCode = codeEnum(
  'WebhookDeliveryStatus',
  WEBHOOK_DELIVERY_STATUSES,
  'Where the delivery of one event to one endpoint stands.',
  {
    PENDING: 'Not delivered yet: waiting for its turn in the journey, or retried on the back-off schedule.',
    DELIVERED: 'The receiver answered 2xx.',
    DEAD: 'Dead-lettered: still failing after the dead-letter window (or behind such an event of its journey).',
  },
);

export const WebhookEndpointStatusCode = codeEnum(
  'WebhookEndpointStatus',
  WEBHOOK_ENDPOINT_STATUSES,
  'Whether an endpoint takes events.',
  {
    ACTIVE: 'Events of its types are delivered to it.',
    DISABLED: 'Disabled by an admin: no new deliveries, nothing more is posted. Final.',
  },
);
