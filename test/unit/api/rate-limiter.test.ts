import { RateLimiter } from '../../../api/http/rate-limiter';

describe('per-caller rate limit', () => {
  it('lets a caller burst up to the limit, refuses the next, and refills over the minute', () => {
    let now = 0;
    const limiter = new RateLimiter(5, () => now);
    expect(Array.from({ length: 5 }, () => limiter.take('a'))).toEqual([true, true, true, true, true]);
    expect(limiter.take('a')).toBe(false);
    expect(limiter.take('b')).toBe(true); // another caller has their own bucket
    now += 12_000; // a fifth of a minute: one request's worth
    expect(limiter.take('a')).toBe(true);
    expect(limiter.take('a')).toBe(false);
  });
});
