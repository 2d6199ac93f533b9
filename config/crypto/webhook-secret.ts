import { randomBytes } from 'node:crypto';

/**
 * A new webhook signing secret in the Standard Webhooks form: `whsec_` and the base64 of 32 random bytes.
 * Shown to the admin once (registration, rotation) and stored sealed with the field cipher.
 */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;
