// Every SQL statement about attachments: the upload row, linking to a request or a project milestone, and reading with
// the access facts of what it is linked to.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { eventsSince } from '../../common/database/events-since';
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
  /** a photo's thumbnail (PDFs have none) */
  thumbnailPath: string | null;
  originalName: string;
}

/**
 * What an upload is linked to: a request (on submission, or by a progress note; `internal` for an internal note's
 * photos, which the requester must not see), or a project milestone (evidence, staff only).
 */
export type AttachmentTarget = { requestId: string; internal?: boolean } | { milestoneId: string };

/**
 * An attachment with what decides who may read it: its request's requester, handling unit and tracking secret, or
 * its milestone's project owner unit.
 */
export interface AttachmentAccessRow extends AttachmentSummary {
  storagePath: string;
  thumbnailPath: string | null;
  uploaderScope: string | null;
  requestId: string | null;
  internal: boolean;
  milestoneId: string | null;
  projectUnitPath: string | null;
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
      `INSERT INTO attachment (id, uploader_scope, kind, content_type, size, storage_path, thumbnail_path, original_name) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [row.id, row.uploaderScope, row.kind, row.contentType, row.size, row.storagePath, row.thumbnailPath, row.originalName],
    );
  }

  /** Records a thumbnail made later (photos stored before thumbnails existed); false when one was recorded already. */
  async setThumbnail(id: string, thumbnailPath: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH done AS (UPDATE attachment SET thumbnail_path = $2 WHERE id = $1 AND thumbnail_path IS NULL RETURNING id) SELECT id FROM done`,
      [id, thumbnailPath],
    );
    return rows.length === 1;
  }

  /**
   * Links the caller's own fresh, unlinked uploads to the request or milestone and forgets who uploaded them (the
   * request or the milestone's event says that, or, when anonymous, must not). Returns the ids it linked; rows
   * locked by a concurrent link wait for it.
   */
  async link(manager: EntityManager, ids: string[], uploaderScope: string, target: AttachmentTarget): Promise<string[]> {
    const requestId = 'requestId' in target ? target.requestId : null;
    const milestoneId = 'milestoneId' in target ? target.milestoneId : null;
    const internal = 'requestId' in target && target.internal === true;
    // Wrapped in a SELECT: for a bare UPDATE, TypeORM's pg driver returns [rows, count] instead of the rows.
    const rows: { id: string }[] = await manager.query(
      `WITH linked AS (
         UPDATE attachment SET request_id = $1, milestone_id = $4, internal = $5, uploader_scope = NULL
          WHERE id = ANY($2::uuid[]) AND request_id IS NULL AND milestone_id IS NULL AND uploader_scope = $3
            AND created_at > now() - interval '${UNLINKED_TTL}'
          RETURNING id)
       SELECT id FROM linked`,
      [requestId, ids, uploaderScope, milestoneId, internal],
    );
    return rows.map((row) => row.id);
  }

  /** The request's attachments; without `includeInternal`, only those its requester may see. */
  forRequest(requestId: string, includeInternal = false): Promise<AttachmentSummary[]> {
    return this.dataSource.query(`SELECT ${SUMMARY_COLUMNS} FROM attachment a WHERE a.request_id = $1 AND ($2 OR NOT a.internal) ORDER BY a.created_at, a.id`, [
      requestId,
      includeInternal,
    ]);
  }

  /**
   * A request's files in two lists: its own (sent with it, or by its requester) and its progress notes' photos (an id
   * a note's event names), so a page shows the requester's files apart from the cadres' photos.
   */
  async forRequestByOrigin(request: { id: string; submittedAt: Date }, includeInternal = false): Promise<{ own: AttachmentSummary[]; notes: AttachmentSummary[] }> {
    const rows: (AttachmentSummary & { fromNote: boolean })[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS},
              EXISTS (SELECT 1 FROM request_event e
                       WHERE e.request_id = a.request_id AND e.at >= $3 AND e.payload->'attachmentIds' @> jsonb_build_array(a.id::text)) AS "fromNote"
         FROM attachment a WHERE a.request_id = $1 AND ($2 OR NOT a.internal) ORDER BY a.created_at, a.id`,
      [request.id, includeInternal, eventsSince(request.submittedAt)],
    );
    const split = { own: [] as AttachmentSummary[], notes: [] as AttachmentSummary[] };
    for (const { fromNote, ...summary } of rows) (fromNote ? split.notes : split.own).push(summary);
    return split;
  }

  /** Evidence photos of the given milestones, by milestone. */
  async forMilestones(milestoneIds: readonly string[]): Promise<Map<string, AttachmentSummary[]>> {
    const byMilestone = new Map<string, AttachmentSummary[]>();
    if (milestoneIds.length === 0) return byMilestone;
    const rows: (AttachmentSummary & { milestoneId: string })[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, a.milestone_id AS "milestoneId" FROM attachment a WHERE a.milestone_id = ANY($1::uuid[]) ORDER BY a.created_at, a.id`,
      [milestoneIds],
    );
    for (const { milestoneId, ...summary } of rows) byMilestone.set(milestoneId, [...(byMilestone.get(milestoneId) ?? []), summary]);
    return byMilestone;
  }

  /** Deletes a batch of uploads never linked within UNLINKED_TTL; returns their storage keys (thumbnails' among them). */
  async deleteAbandoned(batch: number): Promise<{ deleted: number; keys: string[] }> {
    const rows: { storagePath: string; thumbnailPath: string | null }[] = await this.dataSource.query(
      `WITH gone AS (
         DELETE FROM attachment WHERE id IN (
           SELECT id FROM attachment
            WHERE request_id IS NULL AND milestone_id IS NULL AND created_at < now() - interval '${UNLINKED_TTL}'
            ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING storage_path, thumbnail_path)
       SELECT storage_path AS "storagePath", thumbnail_path AS "thumbnailPath" FROM gone`,
      [batch],
    );
    return { deleted: rows.length, keys: rows.flatMap((row) => (row.thumbnailPath ? [row.storagePath, row.thumbnailPath] : [row.storagePath])) };
  }

  async withAccess(id: string): Promise<AttachmentAccessRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, a.storage_path AS "storagePath", a.thumbnail_path AS "thumbnailPath", a.uploader_scope AS "uploaderScope", a.request_id AS "requestId",
              a.internal, a.milestone_id AS "milestoneId", pu.path AS "projectUnitPath",
              r.requester_id AS "requesterId", hu.path AS "handlingUnitPath", r.code AS "requestCode", r.tracking_secret_hash AS "trackingSecretHash"
         FROM attachment a
         LEFT JOIN request r ON r.id = a.request_id
         LEFT JOIN org_unit hu ON hu.id = r.handling_unit_id
         LEFT JOIN project_milestone m ON m.id = a.milestone_id
         LEFT JOIN project p ON p.id = m.project_id
         LEFT JOIN org_unit pu ON pu.id = p.owner_unit_id
        WHERE a.id = $1`,
      [id],
    );
    return row ?? null;
  }
}
