// Where uploaded files' bytes live, behind one interface: local disk under DATA_DIR (the embedded default, one
// process) or PostgreSQL itself (replicas: every API process reads what any of them stored). The attachment row keeps
// the key; the storage keeps the bytes.
import type { Readable } from 'node:stream';

export type UploadStorageKind = 'disk' | 'database';

export interface StoredUpload {
  content: Readable;
  size: number;
}

/** A query on a connection of the caller's choosing (readiness uses its own, never the request pool). */
export type ProbeQuery = (sql: string) => Promise<unknown>;

export abstract class UploadStorage {
  abstract readonly kind: UploadStorageKind;

  /** Stores the bytes whole (a reader never sees half of them) under a new server-made key, which it returns. */
  abstract put(bytes: Buffer, extension: string): Promise<string>;

  /** The bytes under `key`, or null when there are none. */
  abstract open(key: string): Promise<StoredUpload | null>;

  /** Forgets the keys; keys with nothing stored are no error. */
  abstract remove(keys: readonly string[]): Promise<void>;

  /** Throws when uploads could not be stored now (readiness). */
  abstract probe(query: ProbeQuery): Promise<void>;
}

/** `uploads/<yyyy>/<mm>/<32 hex>.<ext>`: the same shape whatever the storage, so a key says when it was stored. */
export function newUploadKey(now: Date, random: string, extension: string): string {
  return `uploads/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${random}.${extension}`;
}
