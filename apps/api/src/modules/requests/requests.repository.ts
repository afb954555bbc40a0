// The SQL of a request's life: the request locked for a transition, and the targets its actions point at.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RequestStatus } from '@banshishi/workflow';
import { DataSource, EntityManager } from 'typeorm';

/** The request as a transition needs it. */
export interface LockedRequest {
  id: string;
  status: RequestStatus;
  reopenCount: number;
  version: number;
  requesterId: string | null;
  handlerId: string | null;
  handlingUnitId: string;
  handlingUnitPath: string;
  respondedAt: Date | null;
  resolutionDays: number;
  resolutionDueAt: Date | null;
  acceptedAt: Date | null;
  extensionDays: number | null;
  extendedDays: number;
}

@Injectable()
export class RequestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The request, locked for the rest of the transaction so concurrent actions queue behind each other. */
  async lock(manager: EntityManager, id: string): Promise<LockedRequest | null> {
    const [row] = await manager.query(
      `SELECT r.id, r.status, r.reopen_count AS "reopenCount", r.version, r.requester_id AS "requesterId", r.handler_id AS "handlerId",
              r.handling_unit_id AS "handlingUnitId", u.path AS "handlingUnitPath", r.responded_at AS "respondedAt",
              c.resolution_days AS "resolutionDays", r.resolution_due_at AS "resolutionDueAt", r.accepted_at AS "acceptedAt",
              r.extension_days AS "extensionDays", r.extended_days AS "extendedDays"
         FROM request r JOIN org_unit u ON u.id = r.handling_unit_id JOIN category c ON c.id = r.category_id
        WHERE r.id = $1
        FOR UPDATE OF r`,
      [id],
    );
    return row ?? null;
  }

  /** The request a tracking code names, with the hash its secret must match. */
  async byCode(code: string): Promise<{ id: string; trackingSecretHash: string | null } | null> {
    const [row] = await this.dataSource.query(`SELECT id, tracking_secret_hash AS "trackingSecretHash" FROM request WHERE code = $1`, [code]);
    return row ?? null;
  }

  async unit(id: string): Promise<{ id: string; path: string } | null> {
    const [row] = await this.dataSource.query(`SELECT id, path FROM org_unit WHERE id = $1`, [id]);
    return row ?? null;
  }

  async mergeTarget(manager: EntityManager, id: string): Promise<{ id: string; status: RequestStatus; handlingUnitPath: string } | null> {
    const [row] = await manager.query(
      `SELECT r.id, r.status, u.path AS "handlingUnitPath" FROM request r JOIN org_unit u ON u.id = r.handling_unit_id WHERE r.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** A handler is an active account holding the cadre role over the unit. */
  async handlerCovers(userId: string, unitPath: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM app_user a JOIN role_grant g ON g.user_id = a.id JOIN org_unit o ON o.id = g.unit_id
        WHERE a.id = $1 AND NOT a.disabled AND g.role = 'cadre' AND $2 LIKE o.path || '%' LIMIT 1`,
      [userId, unitPath],
    );
    return Boolean(row);
  }
}
