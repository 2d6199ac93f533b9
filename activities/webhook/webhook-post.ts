import { isDelivered } from '../../domain/webhook/webhook-delivery.rules';
import type { WebhookHeaders } from './webhook-signature';

/** A receiver's answer, or why there was none (a code, never the receiver's body). */
export interface PostResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

/**
 * POSTs one signed body with Node's fetch, giving up after `timeoutMs`. Redirects are not followed (a receiver
 * that moved is told by its admin, not guessed). The body of the answer is read and dropped.
 */
export async function postWebhook(
  url: string,
  headers: WebhookHeaders,
  body: string,
  timeoutMs: number,
): Promise<PostResult> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Jejak-Webhooks/1', ...headers },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.arrayBuffer().catch(() => undefined);
    return { ok: isDelivered(res.status), statusCode: res.status, error: isDelivered(res.status) ? null : 'HTTP' };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    const code = e.name === 'TimeoutError' ? 'TIMEOUT' : (e.cause?.code ?? e.name ?? 'FETCH_FAILED');
    return { ok: false, statusCode: null, error: String(code).slice(0, 60) };
  }
}
