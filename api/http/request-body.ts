import type { IncomingMessage } from 'node:http';

/** A request body over its route's limit: answered 413 with VALIDATION_FAILED, naming the limit. */
export class BodyTooLargeError extends Error {
  readonly status = 413;

  constructor(readonly limit: number) {
    super('request body too large');
  }
}

/**
 * Where a body over its limit stops being drained and the connection is cut: 20 times a small limit, at most
 * 32 MiB past a large one (a 32 MiB upload limit would otherwise read 640 MiB of a flood).
 */
export const cutOffOf = (maxBytes: number): number => maxBytes + Math.min(maxBytes * 19, 32 * 1024 * 1024);

/**
 * Reads a request body of at most `maxBytes` as UTF-8. A larger body is drained (not kept) and then refused, so the
 * client reads a clear answer instead of a reset connection; a flood beyond `cutOffOf(maxBytes)` is cut off.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > cutOffOf(maxBytes)) {
        req.destroy();
        return;
      }
      if (size <= maxBytes) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > maxBytes) reject(new BodyTooLargeError(maxBytes));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/**
 * Reads and throws away what is left of a request body before a refusal is answered (a refused upload of many
 * megabytes), so the client reads the answer instead of a reset connection; cut off beyond `cutOffOf(maxBytes)`.
 */
export function discardBody(req: IncomingMessage, maxBytes: number): Promise<void> {
  if (req.complete || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > cutOffOf(maxBytes)) req.destroy();
    });
    req.on('end', resolve);
    req.on('close', resolve);
    req.on('error', () => resolve());
  });
}
