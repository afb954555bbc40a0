// Every SQL statement of intake: submission, entry tokens, idempotency keys and the sealed contact.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InPersonChannel } from '@banshishi/workflow';
import { DataSource, EntityManager } from 'typeorm';
import { runTransaction } from '../../common/database/run-transaction';

export interface UnitRef {
  id: string;
  path: string;
}

export interface CategoryRef {
  id: string;
  nameZh: string;
  responseDays: number;
}

export interface NewRequestRow {
  id: string;
  code: string;
  homeUnitId: string;
  categoryId: string;
  requesterId: string | null;
  anonymous: boolean;
  title: string;
  description: string;
  /** the duplicates search's terms (DuplicatesService.searchTerms) */
  searchTerms: string;
  submittedAt: Date;
  responseDueAt: Date;
  responseWarnAt: Date;
  trackingSecretHash: string | null;
  contactEncrypted: Buffer | null;
  /** when it was entered (the `submit` event's time); submittedAt, when the clocks start, may be earlier in person */
  recordedAt: Date;
  /** 代为登记; null online */
  inPerson: {
    channel: InPersonChannel;
    /** YYYY-MM-DD, China time */
    heardOn: string;
    takenById: string;
    requesterName: string | null;
    requesterPhoneHash: string | null;
  } | null;
}

export interface StoredIdempotencyKey {
  bodyHash: string;
  responseStatus: number | null;
  responseEncrypted: Buffer | null;
}

export const IDEMPOTENCY_TTL = '24 hours';

@Injectable()
export class IntakeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.dataSource, work);
  }

  async unitByEntryToken(entryToken: string): Promise<(UnitRef & { name: string }) | null> {
    if (entryToken.length > 200) return null;
    const [row] = await this.dataSource.query(`SELECT id, path, name FROM org_unit WHERE entry_token = $1`, [entryToken]);
    return row ?? null;
  }

  async unitById(id: string): Promise<UnitRef | null> {
    const [row] = await this.dataSource.query(`SELECT id, path FROM org_unit WHERE id = $1`, [id]);
    return row ?? null;
  }

  async activeCategory(id: string): Promise<CategoryRef | null> {
    const [row] = await this.dataSource.query(`SELECT id, name_zh AS "nameZh", response_days AS "responseDays" FROM category WHERE id = $1 AND active`, [id]);
    return row ?? null;
  }

  async nextCodeNumber(manager: EntityManager): Promise<number> {
    const [row] = await manager.query(`SELECT nextval('request_code_seq')::int AS n`);
    return row.n;
  }

  /**
   * The request and its first timeline event (`submit`: by the requester online; by the cadre who took it in person,
   * with the channel and the day it was heard), in the caller's transaction.
   */
  async insertSubmission(manager: EntityManager, row: NewRequestRow): Promise<void> {
    const inPerson = row.inPerson;
    await manager.query(
      `INSERT INTO request (id, code, home_unit_id, handling_unit_id, category_id, requester_id, anonymous, title, description, status,
                            submitted_at, updated_at, response_due_at, response_warn_at, tracking_secret_hash, contact_encrypted,
                            channel, heard_on, taken_by_id, requester_name, requester_phone_hash, search_terms)
       VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8, 'submitted', $9, $14, $10, $11, $12, $13, $15, $16, $17, $18, $19, $20)`,
      [
        row.id,
        row.code,
        row.homeUnitId,
        row.categoryId,
        row.requesterId,
        row.anonymous,
        row.title,
        row.description,
        row.submittedAt,
        row.responseDueAt,
        row.responseWarnAt,
        row.trackingSecretHash,
        row.contactEncrypted,
        row.recordedAt,
        inPerson?.channel ?? 'online',
        inPerson?.heardOn ?? null,
        inPerson?.takenById ?? null,
        inPerson?.requesterName ?? null,
        inPerson?.requesterPhoneHash ?? null,
        row.searchTerms,
      ],
    );
    await manager.query(
      `INSERT INTO request_event (request_id, action, from_status, to_status, actor_id, payload, public, at)
       VALUES ($1, 'submit', NULL, 'submitted', $2, $3, true, $4)`,
      [row.id, inPerson ? inPerson.takenById : row.requesterId, inPerson ? { channel: inPerson.channel, heardOn: inPerson.heardOn } : {}, row.recordedAt],
    );
  }

  /**
   * An in-person request whose requester already has an account with that phone (an active one) is theirs at once,
   * as it would be at their next sign-in (InPersonClaimsService). Answers the account's id, or null.
   */
  async linkToAccountWithPhone(manager: EntityManager, requestId: string, phone: string): Promise<string | null> {
    const [row] = await manager.query(
      `WITH linked AS (
         UPDATE request r SET requester_id = a.id FROM app_user a
          WHERE r.id = $1 AND r.requester_id IS NULL AND NOT r.anonymous AND a.phone = $2 AND NOT a.disabled
          RETURNING a.id
       )
       SELECT id FROM linked`,
      [requestId, phone],
    );
    return row?.id ?? null;
  }

  /**
   * Takes the key for this submission (or over an expired one). False when a live key exists: after a concurrent
   * holder commits, since PostgreSQL makes this insert wait for it.
   */
  async claimIdempotencyKey(manager: EntityManager, scope: string, key: string, bodyHash: string): Promise<boolean> {
    const rows = await manager.query(
      `INSERT INTO idempotency_key AS k (scope, key, body_hash) VALUES ($1, $2, $3)
       ON CONFLICT (scope, key) DO UPDATE SET body_hash = EXCLUDED.body_hash, response_status = NULL, response_encrypted = NULL, created_at = now()
         WHERE k.created_at < now() - interval '${IDEMPOTENCY_TTL}'
       RETURNING key`,
      [scope, key, bodyHash],
    );
    return rows.length > 0;
  }

  async saveIdempotentResponse(manager: EntityManager, scope: string, key: string, status: number, encrypted: Buffer): Promise<void> {
    await manager.query(`UPDATE idempotency_key SET response_status = $3, response_encrypted = $4 WHERE scope = $1 AND key = $2`, [scope, key, status, encrypted]);
  }

  async idempotencyKey(scope: string, key: string): Promise<StoredIdempotencyKey | null> {
    const [row] = await this.dataSource.query(
      `SELECT body_hash AS "bodyHash", response_status AS "responseStatus", response_encrypted AS "responseEncrypted"
         FROM idempotency_key WHERE scope = $1 AND key = $2 AND created_at >= now() - interval '${IDEMPOTENCY_TTL}'`,
      [scope, key],
    );
    return row ?? null;
  }

  async purgeExpiredIdempotencyKeys(): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_key WHERE created_at < now() - interval '${IDEMPOTENCY_TTL}'`);
  }

  /** The request's sealed contact and handling unit, read in the transaction that logs the reveal. */
  async sealedContact(manager: EntityManager, requestId: string): Promise<{ contactEncrypted: Buffer | null; handlingUnitPath: string } | null> {
    const [row] = await manager.query(
      `SELECT r.contact_encrypted AS "contactEncrypted", u.path AS "handlingUnitPath" FROM request r JOIN org_unit u ON u.id = r.handling_unit_id WHERE r.id = $1`,
      [requestId],
    );
    return row ?? null;
  }
}
