import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

/** The table the migration creates (rate-limiter-flexible's layout: key, points, expire). */
export const RATE_LIMIT_TABLE = 'rate_limit';

/**
 * Per-caller request budgets in PostgreSQL (rate-limiter-flexible): `perMinute` requests in each
 * caller's one-minute window, counted in one row per caller, so every API process on the database
 * shares one budget. Callers are stored hashed (an anonymous caller is an address). If the
 * database cannot answer, each process falls back to counting in its own memory.
 */
export class RateLimiter {
  private readonly limiter: RateLimiterPostgres;

  constructor(pool: Pool, perMinute: number) {
    this.limiter = new RateLimiterPostgres({
      storeClient: pool,
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      // Processes with the same limit share budgets; one started with another limit counts apart.
      keyPrefix: `api-${perMinute}`,
      points: perMinute,
      duration: 60,
      insuranceLimiter: new RateLimiterMemory({ points: perMinute, duration: 60 }),
    });
  }

  /** Takes one request from the caller's budget; false when the caller has none left. */
  async take(caller: string): Promise<boolean> {
    try {
      await this.limiter.consume(createHash('sha256').update(caller).digest('base64url').slice(0, 32));
      return true;
    } catch (err) {
      if (err instanceof RateLimiterRes) return false;
      throw err;
    }
  }
}
