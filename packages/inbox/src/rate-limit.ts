/**
 * Token buckets in memory, one per client and purpose: `burst` requests at once, then
 * `perMinute` a minute. In memory is enough for one process; several inbox processes
 * behind a balancer each keep their own (the limit then applies per process).
 */
export class RateLimiter {
  readonly enabled: boolean;
  private readonly perMs: number;
  private readonly burst: number;
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  /** `perMinute` 0 turns the limit off. */
  constructor({ perMinute, burst }: { perMinute: number; burst: number }) {
    this.enabled = perMinute > 0;
    this.perMs = perMinute / 60_000;
    this.burst = burst;
  }

  /**
   * Takes one token for `key`.
   * Returns 0 when allowed; otherwise the whole seconds to wait (for Retry-After).
   */
  take(key: string, now = Date.now()): number {
    if (!this.enabled) return 0;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= 100_000) this.sweep(now);
      bucket = { tokens: this.burst, at: now };
      this.buckets.set(key, bucket);
    } else {
      bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * this.perMs);
      bucket.at = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  /** Forgets buckets that have refilled: they say nothing a new bucket would not. */
  sweep(now = Date.now()): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.burst) this.buckets.delete(key);
    }
    if (this.buckets.size >= 100_000) this.buckets.clear();
  }
}
