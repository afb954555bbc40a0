// Every SQL statement of the shared rate limits: take one attempt (atomically, only while under the limit), give one
// back, and purge expired windows.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { WindowPosition } from './sliding-window';

export interface TakeResult {
  /** the previous window's count */
  previous: number;
  /** the current window's count before this attempt (as the statement's snapshot saw it) */
  current: number;
  /** the current window's count with this attempt, or null when it was refused (and not counted) */
  taken: number | null;
}

@Injectable()
export class RateLimitRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Counts one attempt in the current window only if the carried-over previous count plus the current count stays
   * below the limit (`allows` in sliding-window.ts). The conditional upsert locks the row, so replicas racing for the
   * last place get it once; a refused attempt is not counted, so waiting always helps.
   */
  async take(bucket: string, keyHash: string, at: WindowPosition, windowMs: number, limit: number): Promise<TakeResult> {
    const [row] = await this.dataSource.query(
      `WITH prev AS (
         SELECT coalesce((SELECT count FROM rate_limit WHERE bucket = $1 AND key_hash = $2 AND window_start = $4), 0) AS n
       ), taken AS (
         INSERT INTO rate_limit AS r (bucket, key_hash, window_start, count, expires_at)
         SELECT $1, $2, $3, 1, $5 FROM prev WHERE ceil(prev.n * $6::numeric / $7) < $8
         ON CONFLICT (bucket, key_hash, window_start) DO UPDATE SET count = r.count + 1
           WHERE r.count + (SELECT ceil(prev.n * $6::numeric / $7) FROM prev) < $8
         RETURNING r.count
       )
       SELECT (SELECT n FROM prev)::int AS previous,
              coalesce((SELECT count FROM rate_limit WHERE bucket = $1 AND key_hash = $2 AND window_start = $3), 0)::int AS current,
              (SELECT count FROM taken)::int AS taken`,
      [bucket, keyHash, at.start, at.previousStart, at.expiresAt, at.remainingMs, windowMs, limit],
    );
    return row as TakeResult;
  }

  /** Gives back an attempt taken in the window starting at `windowStart` (a right tracking secret does not count). */
  async giveBack(bucket: string, keyHash: string, windowStart: Date): Promise<void> {
    await this.dataSource.query(`UPDATE rate_limit SET count = count - 1 WHERE bucket = $1 AND key_hash = $2 AND window_start = $3 AND count > 0`, [bucket, keyHash, windowStart]);
  }

  /** Deletes up to `batch` expired windows; answers how many. */
  async purge(now: Date, batch = 1000): Promise<number> {
    const result = await this.dataSource.query(`DELETE FROM rate_limit WHERE ctid = ANY(ARRAY(SELECT ctid FROM rate_limit WHERE expires_at < $1 LIMIT $2))`, [now, batch]);
    return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
  }
}
