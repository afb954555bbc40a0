// The figures' admin settings (满意率's w, 综合得分 weights, the ranking's minimum sample) in app_setting, audited.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EvaluationSettings } from '@banshishi/contracts';
import { DEFAULT_FIGURE_SETTINGS, validateFigureSettings, type FigureSettings } from '@banshishi/workflow';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../identity/auth-user';

export const EVALUATION_SETTINGS_KEY = 'evaluation.settings';

function copy(settings: FigureSettings): EvaluationSettings {
  return { basicallySatisfiedWeight: settings.basicallySatisfiedWeight, weights: { ...settings.weights }, minSample: settings.minSample };
}

@Injectable()
export class EvaluationSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The saved settings, or DOMAIN.md's defaults until an admin saves some. */
  async get(manager: EntityManager = this.dataSource.manager): Promise<EvaluationSettings> {
    const [row] = await manager.query(`SELECT value FROM app_setting WHERE key = $1`, [EVALUATION_SETTINGS_KEY]);
    return copy((row?.value as FigureSettings | undefined) ?? DEFAULT_FIGURE_SETTINGS);
  }

  async update(user: AuthUser, settings: EvaluationSettings): Promise<EvaluationSettings> {
    const validation = validateFigureSettings(settings);
    if (!validation.ok) {
      throw new DomainError('VALIDATION_FAILED', validation.problems.map((p) => `${p.field} ${p.message}`).join('; '), { errors: [...validation.problems] });
    }
    const after = copy(settings);
    return this.dataSource.transaction(async (manager) => {
      // The row lock keeps two admins' before/after pairs in order.
      await manager.query(`SELECT 1 FROM app_setting WHERE key = $1 FOR UPDATE`, [EVALUATION_SETTINGS_KEY]);
      const before = await this.get(manager);
      await manager.query(
        `INSERT INTO app_setting (key, value, updated_at) VALUES ($1, $2::jsonb, now())
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
        [EVALUATION_SETTINGS_KEY, JSON.stringify(after)],
      );
      await this.audit.record({ actorId: user.id, action: 'evaluation.settings.update', entityType: 'app_setting', entityId: EVALUATION_SETTINGS_KEY, before, after }, manager);
      return after;
    });
  }
}
