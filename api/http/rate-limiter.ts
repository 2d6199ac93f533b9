/**
 * Per-caller token buckets in memory: `perMinute` requests a minute, refilled continuously, with a
 * burst of the same size. One API process only; behind several replicas each counts its own.
 */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for the caller; false when the caller has none left. */
  take(caller: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(caller) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute);
    bucket.at = now;
    if (this.buckets.size > 100_000) this.buckets.clear(); // bounded memory under a flood of addresses
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(caller, bucket);
    return allowed;
  }
}
