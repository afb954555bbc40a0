// Every SQL statement of the figures' settings (app_setting) and of 不合理诉求 exclusions; the dashboard's counts
// are in dashboard.repository.ts, a project's outcome in project-evaluation.repository.ts.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FigureSettings } from '@banshishi/workflow';
import { DataSource, EntityManager } from 'typeorm';
import { runTransaction } from '../../common/database/run-transaction';

export const EVALUATION_SETTINGS_KEY = 'evaluation.settings';

/** A request's handling unit and whether (and why) it is left out of the figures. */
export interface ExclusionRow {
  path: string;
  excludedAt: Date | null;
  reason: string | null;
}

@Injectable()
export class EvaluationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.dataSource, work);
  }

  /** The saved settings, or null before an admin saves any. */
  async settings(manager: EntityManager = this.dataSource.manager): Promise<FigureSettings | null> {
    const [row] = await manager.query(`SELECT value FROM app_setting WHERE key = $1`, [EVALUATION_SETTINGS_KEY]);
    return row?.value ?? null;
  }

  /** Locks the settings row (when there is one) for the rest of the transaction. */
  async lockSettings(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT 1 FROM app_setting WHERE key = $1 FOR UPDATE`, [EVALUATION_SETTINGS_KEY]);
  }

  async saveSettings(value: FigureSettings, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO app_setting (key, value, updated_at) VALUES ($1, $2::jsonb, now())
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [EVALUATION_SETTINGS_KEY, JSON.stringify(value)],
    );
  }

  /** The request's exclusion, locked for the rest of the transaction. */
  async exclusionForUpdate(manager: EntityManager, requestId: string): Promise<ExclusionRow | null> {
    const [row] = await manager.query(
      `SELECT u.path, r.excluded_at AS "excludedAt", r.excluded_reason AS reason
         FROM request r JOIN org_unit u ON u.id = r.handling_unit_id WHERE r.id = $1 FOR UPDATE OF r`,
      [requestId],
    );
    return row ?? null;
  }

  /** Sets the exclusion (`reason` with who and when) or lifts it (all three null). */
  async setExclusion(
    requestId: string,
    exclusion: { excludedAt: Date | null; excludedBy: string | null; reason: string | null },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(`UPDATE request SET excluded_at = $2, excluded_by = $3, excluded_reason = $4 WHERE id = $1`, [
      requestId,
      exclusion.excludedAt,
      exclusion.excludedBy,
      exclusion.reason,
    ]);
  }
}
