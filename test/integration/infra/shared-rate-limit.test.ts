import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { RateLimiter } from '../../../api/http/rate-limiter';
import { migrateUp } from '../../../db/migrate';
import { loadDataKeys } from '../../../config/env';
import { testDatabaseUrl } from '../../support/servers';

describe('the per-caller rate limit shared through PostgreSQL', () => {
  // Two pools and two limiters, as two API processes on one database would have.
  const pools: Pool[] = [];
  beforeAll(async () => {
    await migrateUp(testDatabaseUrl(), loadDataKeys(process.env));
    pools.push(new Pool({ connectionString: testDatabaseUrl(), max: 2 }));
    pools.push(new Pool({ connectionString: testDatabaseUrl(), max: 2 }));
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
  });

  it('lets a caller spend one budget across both processes, then refuses in both', async () => {
    const [first, second] = pools.map((pool) => new RateLimiter(pool, 5));
    const caller = `u:${randomUUID()}`;
    const taken = [];
    for (const limiter of [first, second, first, second, first]) taken.push(await limiter.take(caller));
    expect(taken).toEqual([true, true, true, true, true]);
    expect(await first.take(caller)).toBe(false);
    expect(await second.take(caller)).toBe(false);
    // Another caller has a budget of their own.
    expect(await second.take(`u:${randomUUID()}`)).toBe(true);
  });

  it('counts requests arriving at both processes at once exactly', async () => {
    const [first, second] = pools.map((pool) => new RateLimiter(pool, 20));
    const caller = `a:${randomUUID()}`;
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? first : second).take(caller)),
    );
    expect(answers.filter(Boolean)).toHaveLength(20);
  });
});
