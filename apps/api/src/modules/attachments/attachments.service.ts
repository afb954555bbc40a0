// Attachments: upload (checked by content, metadata stripped, a photo's thumbnail made, stored under server-made
// names), linking (on submission, by a progress note, as a milestone's evidence), and reading (the file or its
// thumbnail) by whoever may see what it is linked to.
import { Inject, Injectable } from '@nestjs/common';
import { ATTACHMENT_LIMITS, type AttachmentSummary } from '@banshishi/contracts';
import type { FastifyRequest } from 'fastify';
import { createHash, randomUUID } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { APP_SECRET } from '../../config/app-config';
import { UploadStorage } from '../../platform/storage/upload-storage';
import type { AuthUser } from '../identity/auth-user';
import { ScopeService } from '../identity/scope.service';
import { IntakeRepository } from '../intake/intake.repository';
import { STAFF_ROLES } from '../requests/request-views.service';
import { trackingSecretMatches } from '../intake/tracking-secret';
import type { AttachmentAccessQuery } from './attachment-access.query';
import { displayName } from './attachment-name';
import { sniffAttachmentType } from './attachment-type';
import { readUploadedPart } from './attachment-upload';
import { AttachmentsRepository, type AttachmentAccessRow, type AttachmentTarget } from './attachments.repository';
import { makeThumbnail, THUMBNAIL, UnreadablePhotoError } from './photo-thumbnail';
import { DamagedImageError, stripImageMetadata } from './strip-image-metadata';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AttachmentFile {
  content: Readable;
  contentType: string;
  size: number;
  originalName: string;
}

function unlessUnreadable(error: unknown): null {
  if (error instanceof UnreadablePhotoError) return null;
  throw error;
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message, { errors: [{ field, message }] });
}

/** Whose unlinked uploads these are: the same scope submission uses for Idempotency-Keys. */
export function entryScope(entryToken: string): string {
  return `entry:${createHash('sha256').update(entryToken).digest('base64url')}`;
}

@Injectable()
export class AttachmentsService {
  constructor(
    private readonly repository: AttachmentsRepository,
    private readonly intake: IntakeRepository,
    private readonly scope: ScopeService,
    private readonly storage: UploadStorage,
    @Inject(APP_SECRET) private readonly appSecret: string,
  ) {}

  /** Every check comes before anything is written; a failed write or insert leaves no bytes behind. */
  async upload(user: AuthUser | undefined, request: FastifyRequest): Promise<AttachmentSummary> {
    const part = await readUploadedPart(request);
    const uploaderScope = await this.uploaderScope(user, part.entryToken);
    const bytes = await part.read();
    const type = sniffAttachmentType(bytes);
    if (!type) throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Only photos (JPEG, PNG, WebP) and PDF files can be attached');
    const name = displayName(part.filename, type.extension);
    if (!name.ok) throw invalid('file', `file: ${name.reason}`);
    let clean: Buffer;
    try {
      clean = stripImageMetadata(bytes, type);
    } catch (error) {
      if (error instanceof DamagedImageError) throw new DomainError('UNSUPPORTED_MEDIA_TYPE', error.message);
      throw error;
    }
    // A photo libvips cannot decode is kept all the same, as before thumbnails (its structure passed): lists then
    // show the photo itself in place of the thumbnail, which answers 404.
    const thumbnail = type.kind === 'image' ? await makeThumbnail(clean).catch(unlessUnreadable) : null;

    const keys: string[] = [];
    const summary: AttachmentSummary = { id: randomUUID(), kind: type.kind, contentType: type.contentType, size: clean.length, originalName: name.name };
    try {
      const storagePath = await this.storage.put(clean, type.extension);
      keys.push(storagePath);
      const thumbnailPath = thumbnail ? await this.storage.put(thumbnail, THUMBNAIL.extension) : null;
      if (thumbnailPath) keys.push(thumbnailPath);
      await this.repository.insert({ ...summary, uploaderScope, storagePath, thumbnailPath });
    } catch (error) {
      await this.storage.remove(keys);
      throw error;
    }
    return summary;
  }

  /** In the submission's transaction: the caller's own unlinked uploads become the request's, or nothing is saved. */
  async link(manager: EntityManager, ids: string[] | undefined, uploaderScope: string, requestId: string): Promise<void> {
    await this.linkTo(manager, ids, uploaderScope, { requestId });
  }

  /**
   * The one place uploads get linked, in the caller's transaction: all of `ids` must be the uploader's own unlinked
   * uploads of the last 24 hours, or nothing is saved (400).
   */
  async linkTo(manager: EntityManager, ids: string[] | undefined, uploaderScope: string, target: AttachmentTarget): Promise<void> {
    if (!ids?.length) return;
    const linked = await this.repository.link(manager, ids, uploaderScope, target);
    if (linked.length !== ids.length) {
      throw invalid('attachmentIds', 'attachmentIds must be your own uploads of the last 24 hours that are not attached to anything else');
    }
  }

  /** `attachmentIds` from a body the workflow does not validate: absent, or up to ATTACHMENT_LIMITS.perAction distinct upload ids (else 400). */
  parseIds(value: unknown): string[] {
    if (value === undefined || value === null) return [];
    const message = `attachmentIds must be a list of at most ${ATTACHMENT_LIMITS.perAction.max} distinct upload ids`;
    if (!Array.isArray(value) || value.length > ATTACHMENT_LIMITS.perAction.max || !value.every((id) => typeof id === 'string' && UUID.test(id))) {
      throw invalid('attachmentIds', message);
    }
    if (new Set(value).size !== value.length) throw invalid('attachmentIds', message);
    return value as string[];
  }

  /**
   * For the requester or code + secret (unless an internal note's), a cadre or leader over the handling unit (or, for
   * milestone evidence, over the project's owner unit), or the uploader before linking; else 404.
   */
  async open(user: AuthUser | undefined, id: string, query: AttachmentAccessQuery): Promise<AttachmentFile> {
    const row = await this.readable(user, id, query);
    const stored = await this.storage.open(row.storagePath);
    if (!stored) throw new DomainError('NOT_FOUND', 'No such attachment');
    return { content: stored.content, contentType: row.contentType, size: stored.size, originalName: row.originalName };
  }

  /**
   * A photo's thumbnail, for whoever may read the photo (else 404; a PDF has none). A photo stored before thumbnails
   * existed gets one on its first request, kept in the upload storage like those made at upload.
   */
  async openThumbnail(user: AuthUser | undefined, id: string, query: AttachmentAccessQuery): Promise<AttachmentFile> {
    const row = await this.readable(user, id, query);
    if (row.kind !== 'image') throw new DomainError('NOT_FOUND', 'A PDF has no thumbnail');
    const originalName = row.originalName.replace(/\.[^.]*$/, '') + '.' + THUMBNAIL.extension;
    const stored = row.thumbnailPath ? await this.storage.open(row.thumbnailPath) : null;
    if (stored) return { content: stored.content, contentType: THUMBNAIL.contentType, size: stored.size, originalName };

    const photo = await this.storage.open(row.storagePath);
    if (!photo) throw new DomainError('NOT_FOUND', 'No such attachment');
    let thumbnail: Buffer;
    try {
      thumbnail = await makeThumbnail(await buffer(photo.content));
    } catch (error) {
      if (error instanceof UnreadablePhotoError) throw new DomainError('NOT_FOUND', 'This photo has no thumbnail: it cannot be read');
      throw error;
    }
    const key = await this.storage.put(thumbnail, THUMBNAIL.extension);
    // Two first requests at once: one thumbnail is recorded, the other's bytes go (a lost bytes-only key is harmless).
    if (!(await this.repository.setThumbnail(row.id, key))) await this.storage.remove([key]);
    return { content: Readable.from([thumbnail]), contentType: THUMBNAIL.contentType, size: thumbnail.length, originalName };
  }

  /** Uploads never linked within UNLINKED_TTL: their rows and bytes go, a batch at a time. Returns how many went. */
  async sweepAbandoned(batch = 500): Promise<number> {
    let swept = 0;
    for (;;) {
      const { deleted, keys } = await this.repository.deleteAbandoned(batch);
      // After the rows: an abandoned upload can no longer be linked, and bytes left by a failure here only take space.
      await this.storage.remove(keys);
      swept += deleted;
      if (deleted < batch) return swept;
    }
  }

  private async readable(user: AuthUser | undefined, id: string, query: AttachmentAccessQuery): Promise<AttachmentAccessRow> {
    const row = await this.repository.withAccess(id);
    if (!row || !this.mayRead(user, row, query)) throw new DomainError('NOT_FOUND', 'No such attachment');
    return row;
  }

  private mayRead(user: AuthUser | undefined, row: AttachmentAccessRow, query: AttachmentAccessQuery): boolean {
    if (!row.internal && (query.code !== undefined || query.secret !== undefined)) {
      // Same constant-time work whether or not the code matches.
      const hash = row.requestCode !== null && row.requestCode === query.code ? row.trackingSecretHash : null;
      if (trackingSecretMatches(query.secret ?? '', hash, this.appSecret)) return true;
    }
    if (!user) return false;
    if (row.milestoneId !== null) return row.projectUnitPath !== null && this.scope.covers(user, row.projectUnitPath, STAFF_ROLES);
    if (row.requestId === null) return row.uploaderScope === `user:${user.id}`;
    return (!row.internal && row.requesterId === user.id) || (row.handlingUnitPath !== null && this.scope.covers(user, row.handlingUnitPath, STAFF_ROLES));
  }

  private async uploaderScope(user: AuthUser | undefined, entryToken: string | undefined): Promise<string> {
    if (entryToken !== undefined && !(await this.intake.unitByEntryToken(entryToken))) {
      throw new DomainError('NOT_FOUND', 'This entry code is not valid: the unit may have printed a new QR poster');
    }
    if (user) return `user:${user.id}`;
    if (entryToken === undefined) throw new DomainError('UNAUTHENTICATED', "Please log in, or use your unit's QR entry page");
    return entryScope(entryToken);
  }
}
