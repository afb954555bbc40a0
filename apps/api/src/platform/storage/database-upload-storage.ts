// Uploads as rows of `upload_content` in the application's PostgreSQL: what replicas use (see docs/decisions.md,
// "Uploads in PostgreSQL"). The bytes then share the database's backups, point-in-time recovery and streaming
// replicas with the rows that name them.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { newUploadKey, UploadStorage, type ProbeQuery, type StoredUpload } from './upload-storage';

export class DatabaseUploadStorage extends UploadStorage {
  readonly kind = 'database';

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async put(bytes: Buffer, extension: string): Promise<string> {
    const key = newUploadKey(new Date(), randomBytes(16).toString('hex'), extension);
    await this.dataSource.query(`INSERT INTO upload_content (storage_key, content) VALUES ($1, $2)`, [key, bytes]);
    return key;
  }

  async open(key: string): Promise<StoredUpload | null> {
    const [row]: { content: Buffer }[] = await this.dataSource.query(`SELECT content FROM upload_content WHERE storage_key = $1`, [key]);
    return row ? { content: Readable.from([row.content]), size: row.content.length } : null;
  }

  async remove(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.dataSource.query(`DELETE FROM upload_content WHERE storage_key = ANY($1::text[])`, [keys]);
  }

  /** Through the caller's connection: this role may store, read and delete uploads. */
  async probe(query: ProbeQuery): Promise<void> {
    const rows = (await query(`SELECT has_table_privilege('upload_content', 'INSERT, SELECT, DELETE') AS ok`)) as { ok: boolean }[];
    if (!rows[0]?.ok) throw new Error('this database role may not write upload_content');
  }
}
