// Token buckets per key (a client address, a student token's hash, a session): `burst` requests at
// once, refilled at `perSecond`. In memory, per server process; behind a load balancer each
// process limits its own share, which keeps a flood in check without a shared store.

export interface BucketRule {
  burst: number;
  perSecond: number;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rule: BucketRule,
    /** Keys kept before idle full buckets are swept (memory bound under a spray of addresses). */
    private readonly maxKeys = 50_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes one token; returns 0 when allowed, else the seconds until one is available. */
  take(key: string): number {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxKeys) this.sweep(now);
      bucket = { tokens: this.rule.burst, updatedMs: now };
      this.buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(this.rule.burst, bucket.tokens + ((now - bucket.updatedMs) / 1000) * this.rule.perSecond);
    bucket.updatedMs = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return (1 - bucket.tokens) / this.rule.perSecond;
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      const full = bucket.tokens + ((now - bucket.updatedMs) / 1000) * this.rule.perSecond >= this.rule.burst;
      if (full) this.buckets.delete(key);
    }
    // Everyone is mid-burst: drop the oldest half rather than grow without bound.
    if (this.buckets.size >= this.maxKeys) [...this.buckets.keys()].slice(0, this.maxKeys / 2).forEach((key) => this.buckets.delete(key));
  }
}

export interface RateLimits {
  /** Every request from one address. Generous: a school's whole class may share one NAT address. */
  address: BucketRule;
  /** Writes and reads with one student token. */
  student: BucketRule;
  /** Requests with one session's teacher key. */
  teacher: BucketRule;
  /** New sessions from one address. */
  createSession: BucketRule;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  address: { burst: 600, perSecond: 300 },
  student: { burst: 30, perSecond: 3 },
  teacher: { burst: 60, perSecond: 10 },
  createSession: { burst: 10, perSecond: 0.2 },
};
