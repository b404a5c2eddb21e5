import type { RequestHandler } from 'express';
import { ErrorCode } from '../errors.js';
import { sendHttpError } from './http-errors.js';

/** The outcome of one request against a limit. */
export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window resets (for Retry-After). */
  retryAfterSeconds: number;
}

/**
 * Fixed-window request counter per key (client IP, token subject), in memory: right for one API
 * process; several processes behind a balancer each count their own share. `max` 0 allows all.
 * Expired windows are swept once per window, so memory follows the number of active clients.
 * Call `close()` on shutdown.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private readonly sweeper: NodeJS.Timeout | undefined;

  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {
    if (max > 0) this.sweeper = setInterval(() => this.sweep(), windowMs).unref();
  }

  /** Counts one request for `key`. */
  hit(key: string, now = Date.now()): RateDecision {
    if (this.max <= 0) return { allowed: true, retryAfterSeconds: 0 };
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { allowed: window.count <= this.max, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) };
  }

  close(): void {
    clearInterval(this.sweeper);
  }

  private sweep(now = Date.now()): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

/** Refuses a client IP over its limit with 429, Retry-After and a RATE_LIMITED error naming the limit. */
export function limitByClientIp(limiter: RateLimiter): RequestHandler {
  // Off: not even the client's IP is worked out (Express parses X-Forwarded-For for it).
  if (limiter.max <= 0) return (_req, _res, next) => next();
  return (req, res, next) => {
    const decision = limiter.hit(`ip:${req.ip ?? 'unknown'}`);
    if (decision.allowed) return next();
    res.setHeader('retry-after', String(decision.retryAfterSeconds));
    sendHttpError(res, 429, `requestsPerIp is limited to ${limiter.max} requests per ${limiter.windowMs / 1000} s; retry after ${decision.retryAfterSeconds} s`, {
      code: ErrorCode.RATE_LIMITED,
      limit: 'requestsPerIp',
      max: limiter.max,
      windowMs: limiter.windowMs,
      retryAfterSeconds: decision.retryAfterSeconds,
    });
  };
}
