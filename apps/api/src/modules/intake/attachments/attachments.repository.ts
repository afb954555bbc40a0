// Every SQL statement about attachments: the upload row, linking to a request, and reading with the request's access facts.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AttachmentSummary } from '@banshishi/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { AttachmentKind } from './attachment-type';

/** How long an upload may wait to be linked; after that a clean-up may delete it. */
export const UNLINKED_TTL = '24 hours';

export interface NewAttachmentRow {
  id: string;
  uploaderScope: string;
  kind: AttachmentKind;
  contentType: string;
  size: number;
  storagePath: string;
  originalName: string;
}

/** An attachment with what decides who may read it: its request's requester, handling unit and tracking secret. */
export interface AttachmentAccessRow extends AttachmentSummary {
  storagePath: string;
  uploaderScope: string | null;
  requestId: string | null;
  requesterId: string | null;
  handlingUnitPath: string | null;
  requestCode: string | null;
  trackingSecretHash: string | null;
}

const SUMMARY_COLUMNS = `a.id, a.kind, a.content_type AS "contentType", a.size, a.original_name AS "originalName"`;

@Injectable()
export class AttachmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(row: NewAttachmentRow): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO attachment (id, uploader_scope, kind, content_type, size, storage_path, original_name) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.id, row.uploaderScope, row.kind, row.contentType, row.size, row.storagePath, row.originalName],
    );
  }

  /**
   * Links the caller's own fresh, unlinked uploads to the request and forgets who uploaded them (the request says
   * that, or, when anonymous, must not). Returns the ids it linked; rows locked by a concurrent link wait for it.
   */
  async link(manager: EntityManager, ids: string[], uploaderScope: string, requestId: string): Promise<string[]> {
    // Wrapped in a SELECT: for a bare UPDATE, TypeORM's pg driver returns [rows, count] instead of the rows.
    const rows: { id: string }[] = await manager.query(
      `WITH linked AS (
         UPDATE attachment SET request_id = $1, uploader_scope = NULL
          WHERE id = ANY($2::uuid[]) AND request_id IS NULL AND uploader_scope = $3 AND created_at > now() - interval '${UNLINKED_TTL}'
          RETURNING id)
       SELECT id FROM linked`,
      [requestId, ids, uploaderScope],
    );
    return rows.map((row) => row.id);
  }

  forRequest(requestId: string): Promise<AttachmentSummary[]> {
    return this.dataSource.query(`SELECT ${SUMMARY_COLUMNS} FROM attachment a WHERE a.request_id = $1 ORDER BY a.created_at, a.id`, [requestId]);
  }

  async withAccess(id: string): Promise<AttachmentAccessRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, a.storage_path AS "storagePath", a.uploader_scope AS "uploaderScope", a.request_id AS "requestId",
              r.requester_id AS "requesterId", hu.path AS "handlingUnitPath", r.code AS "requestCode", r.tracking_secret_hash AS "trackingSecretHash"
         FROM attachment a
         LEFT JOIN request r ON r.id = a.request_id
         LEFT JOIN org_unit hu ON hu.id = r.handling_unit_id
        WHERE a.id = $1`,
      [id],
    );
    return row ?? null;
  }
}
