import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One request a test receiver got: its Standard Webhooks headers, body, and the status it answered. */
export interface Received {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  answered: number;
}

/**
 * A partner system's receiver for the webhook e2e tests (node:http on 127.0.0.1): answers 503 while `down`,
 * 200 otherwise, and keeps every request.
 */
export interface TestReceiver {
  url: string;
  port: number;
  down: boolean;
  requests: Received[];
  /** The requests it accepted (2xx), at most once per webhook-id as a deduping receiver keeps them. */
  accepted(): Received[];
  /** Signature check with the reference library (throws on a bad one). */
  verify(secret: string, r: Received): unknown;
  close(): Promise<void>;
}

export async function startReceiver(port = 0): Promise<TestReceiver> {
  const receiver = { down: false, requests: [] as Received[] } as TestReceiver;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answered = receiver.down ? 503 : 200;
      receiver.requests.push({
        id: String(req.headers['webhook-id']),
        timestamp: String(req.headers['webhook-timestamp']),
        signature: String(req.headers['webhook-signature']),
        body: Buffer.concat(chunks).toString('utf8'),
        answered,
      });
      res.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  receiver.port = bound;
  receiver.url = `http://127.0.0.1:${bound}/jejak/events?source=test`;
  receiver.accepted = () => {
    const seen = new Set<string>();
    return receiver.requests.filter((r) => r.answered === 200 && !seen.has(r.id) && seen.add(r.id));
  };
  receiver.verify = (secret, r) =>
    new Webhook(secret).verify(r.body, {
      'webhook-id': r.id,
      'webhook-timestamp': r.timestamp,
      'webhook-signature': r.signature,
    });
  receiver.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return receiver;
}

/** A local port nothing listens on (connection refused), found by binding and releasing it. */
export async function closedPort(): Promise<number> {
  const r = await startReceiver();
  await r.close();
  return r.port;
}

/** Polls until `done` holds or the time is up (the delivery workflow works on its own clock). */
export async function eventually(done: () => Promise<boolean> | boolean, what: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
