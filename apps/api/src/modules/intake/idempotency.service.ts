// Idempotency-Key for submissions: same key + same body → the stored response and no second request;
// same key + another body → 422. Keys are scoped per worker or per entry token and kept 24 hours.
import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { ContactCipher } from './contact-cipher';
import { RESPONSE_CIPHER } from './intake-ciphers';
import { IntakeRepository } from './intake.repository';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

export interface StoredResponse<T> {
  status: number;
  body: T;
}

/** The header's value, checked: absent → undefined; present must be 1–100 printable characters. */
export function parseIdempotencyKey(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  const key = Array.isArray(value) ? value[0] : value;
  if (typeof key !== 'string' || !/^[\x21-\x7e]{1,100}$/.test(key)) {
    const message = `${IDEMPOTENCY_HEADER} must be 1–100 visible ASCII characters`;
    throw new DomainError('VALIDATION_FAILED', message, { errors: [{ field: IDEMPOTENCY_HEADER, message }] });
  }
  return key;
}

/** A hash of the body that ignores key order. */
export function bodyHash(body: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
      );
    }
    return value;
  };
  return createHash('sha256')
    .update(JSON.stringify(canonical(body)))
    .digest('base64url');
}

@Injectable()
export class IdempotencyService {
  constructor(
    private readonly repository: IntakeRepository,
    @Inject(RESPONSE_CIPHER) private readonly cipher: ContactCipher,
  ) {}

  /** Runs `work` in a transaction once per (scope, key); a repeat gets the first response back. */
  async run<T>(scope: string, key: string | undefined, body: unknown, status: number, work: (manager: EntityManager) => Promise<T>): Promise<StoredResponse<T>> {
    if (key === undefined) return { status, body: await this.repository.transaction(work) };
    const hash = bodyHash(body);
    await this.repository.purgeExpiredIdempotencyKeys();
    const fresh = await this.repository.transaction(async (manager) => {
      if (!(await this.repository.claimIdempotencyKey(manager, scope, key, hash))) return null;
      const result = await work(manager);
      await this.repository.saveIdempotentResponse(manager, scope, key, status, this.cipher.encrypt(JSON.stringify(result), `${scope}|${key}`));
      return { status, body: result };
    });
    return fresh ?? this.replay<T>(scope, key, hash);
  }

  private async replay<T>(scope: string, key: string, hash: string): Promise<StoredResponse<T>> {
    const stored = await this.repository.idempotencyKey(scope, key);
    if (!stored?.responseEncrypted || stored.responseStatus === null) {
      throw new DomainError('CONFLICT', 'A request with this Idempotency-Key is still being processed: try again shortly');
    }
    if (stored.bodyHash !== hash) {
      throw new DomainError('UNPROCESSABLE', 'This Idempotency-Key was already used for a different submission: use a new key');
    }
    return { status: stored.responseStatus, body: JSON.parse(this.cipher.decrypt(stored.responseEncrypted, `${scope}|${key}`)) as T };
  }
}
