// Per-client (or per-code) rate limits kept in PostgreSQL, so every API replica counts against the same limit. Keys
// are stored only as keyed hashes (APP_SECRET): no IP address or tracking code lands in the table.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { DomainError } from '../../common/errors/domain-error';
import { APP_SECRET } from '../../config/app-config';
import { Clock } from '../clock/clock';
import { RateLimitRepository } from './rate-limit.repository';
import { retryAfterSeconds, waitMs, windowPosition, type RateLimit } from './sliding-window';

/** An attempt that was counted; `giveBack` uncounts it (in the window it was counted in). */
export interface RateSlot {
  bucket: string;
  keyHash: string;
  windowStart: Date;
}

export type RateDecision = { allowed: true; slot: RateSlot } | { allowed: false; retryAfterSeconds: number };

/** Expired windows are purged by whichever replica takes an attempt first after this long. */
const PURGE_EVERY_MS = 60_000;

@Injectable()
export class RateLimiterService {
  private readonly logger = new Logger(RateLimiterService.name);
  private nextPurgeAt = 0;

  constructor(
    private readonly repository: RateLimitRepository,
    private readonly clock: Clock,
    @Inject(APP_SECRET) private readonly secret: string,
  ) {}

  /** Counts one attempt for `key` if the limit allows it; a refused attempt is not counted. */
  async take(limit: RateLimit, key: string): Promise<RateDecision> {
    const now = this.clock.now();
    await this.purgeNowAndThen(now);
    const at = windowPosition(now.getTime(), limit.windowMs);
    const keyHash = this.hash(limit.bucket, key);
    const result = await this.repository.take(limit.bucket, keyHash, at, limit.windowMs, limit.limit);
    if (result.taken !== null) return { allowed: true, slot: { bucket: limit.bucket, keyHash, windowStart: at.start } };
    const wait = waitMs(limit.limit, result.previous, result.current, at.remainingMs, limit.windowMs);
    return { allowed: false, retryAfterSeconds: retryAfterSeconds(wait) };
  }

  /** Takes an attempt or refuses with 429 RATE_LIMITED (with Retry-After); `tooMany` names what, for the message. */
  async takeOrRefuse(limit: RateLimit, key: string, tooMany: string): Promise<RateSlot> {
    const decision = await this.take(limit, key);
    if (!decision.allowed) throw rateLimited(tooMany, decision.retryAfterSeconds);
    return decision.slot;
  }

  async giveBack(slot: RateSlot): Promise<void> {
    await this.repository.giveBack(slot.bucket, slot.keyHash, slot.windowStart);
  }

  private hash(bucket: string, key: string): string {
    return createHmac('sha256', this.secret).update(`rate:${bucket}:${key}`).digest('base64url').slice(0, 22);
  }

  /** Cheap upkeep on the request path: one indexed, bounded DELETE a minute per replica; a failure only logs. */
  private async purgeNowAndThen(now: Date): Promise<void> {
    if (now.getTime() < this.nextPurgeAt) return;
    this.nextPurgeAt = now.getTime() + PURGE_EVERY_MS;
    await this.repository.purge(now).catch((error: unknown) => this.logger.warn(`purging expired rate limits failed: ${String(error)}`));
  }
}

/** 429 RATE_LIMITED with Retry-After, e.g. "Too many submissions from this device: try again in 3 minutes". */
export function rateLimited(tooMany: string, retryAfter: number): DomainError {
  return new DomainError('RATE_LIMITED', `Too many ${tooMany}: try again in ${Math.ceil(retryAfter / 60)} minutes`, { retryAfterSeconds: retryAfter });
}
