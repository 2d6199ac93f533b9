import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { signWebhook } from '../../../activities/webhook/webhook-signature';
import { newWebhookSecret } from '../../../config/crypto/webhook-secret';
import { webhookBody, webhookEventData, webhookUrlProblem } from '../../../domain/webhook/webhook-event.rules';

describe('signing outbound events (Standard Webhooks)', () => {
  const secret = newWebhookSecret();
  const body = webhookBody(
    webhookEventData({
      journeyId: '0b6f3c5e-7d52-4d59-9c39-0d6a8c8d7a11',
      programmeId: 'default',
      cohortId: null,
      seq: 3,
      ordinal: 1,
      type: 'STAGE_CHANGED',
      at: '2026-12-06T05:00:00.000Z',
      actorRole: 'manager',
      data: { from: 'PLANNING', to: 'IN_INTERVENTION', note: 'never sent' },
    }),
  );

  it('makes a whsec_ secret of 32 random bytes', () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it('signs v1,<base64 HMAC-SHA256> over id.timestamp.body, as the reference library verifies', () => {
    const at = new Date();
    const headers = signWebhook(secret, 'evt-1', at, body);
    expect(headers['webhook-timestamp']).toBe(String(Math.floor(at.getTime() / 1000)));
    const expected = createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64'))
      .update(`evt-1.${headers['webhook-timestamp']}.${body}`)
      .digest('base64');
    expect(headers['webhook-signature']).toBe(`v1,${expected}`);
    expect(new Webhook(secret).verify(body, { ...headers })).toMatchObject({ type: 'journey.stage_changed' });
    expect(() => new Webhook(newWebhookSecret()).verify(body, { ...headers })).toThrow();
  });

  it('sends ids and codes only: the stages of a stage change, never free text from the event', () => {
    const parsed = JSON.parse(body) as { data: Record<string, unknown> };
    expect(parsed.data).toEqual({
      journeyId: '0b6f3c5e-7d52-4d59-9c39-0d6a8c8d7a11',
      programmeId: 'default',
      cohortId: null,
      seq: 3,
      ordinal: 1,
      eventType: 'STAGE_CHANGED',
      occurredAt: '2026-12-06T05:00:00.000Z',
      actorRole: 'manager',
      fromStage: 'PLANNING',
      toStage: 'IN_INTERVENTION',
    });
  });

  it('takes absolute http(s) URLs without credentials only', () => {
    expect(webhookUrlProblem('https://partner.example/hooks?token=x')).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:8080/in')).toBeNull();
    expect(webhookUrlProblem('ftp://partner.example/')).toMatch(/http or https/);
    expect(webhookUrlProblem('/relative')).toMatch(/absolute/);
    expect(webhookUrlProblem('https://user:pw@partner.example/')).toMatch(/password/);
  });
});
