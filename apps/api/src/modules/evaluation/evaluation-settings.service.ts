// The figures' admin settings (满意率's w, 综合得分 weights, the ranking's minimum sample) in app_setting, audited.
import { Injectable } from '@nestjs/common';
import type { EvaluationSettings } from '@banshishi/contracts';
import { DEFAULT_FIGURE_SETTINGS, validateFigureSettings, type FigureSettings } from '@banshishi/workflow';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../identity/auth-user';
import { EVALUATION_SETTINGS_KEY, EvaluationRepository } from './evaluation.repository';

function copy(settings: FigureSettings): EvaluationSettings {
  return { basicallySatisfiedWeight: settings.basicallySatisfiedWeight, weights: { ...settings.weights }, minSample: settings.minSample };
}

@Injectable()
export class EvaluationSettingsService {
  constructor(
    private readonly repository: EvaluationRepository,
    private readonly audit: AuditService,
  ) {}

  /** The saved settings, or DOMAIN.md's defaults until an admin saves some. */
  async get(manager?: EntityManager): Promise<EvaluationSettings> {
    return copy((await this.repository.settings(manager)) ?? DEFAULT_FIGURE_SETTINGS);
  }

  async update(user: AuthUser, settings: EvaluationSettings): Promise<EvaluationSettings> {
    const validation = validateFigureSettings(settings);
    if (!validation.ok) {
      throw new DomainError('VALIDATION_FAILED', validation.problems.map((p) => `${p.field} ${p.message}`).join('; '), { errors: [...validation.problems] });
    }
    const after = copy(settings);
    return this.repository.transaction(async (manager) => {
      // The row lock keeps two admins' before/after pairs in order.
      await this.repository.lockSettings(manager);
      const before = await this.get(manager);
      await this.repository.saveSettings(after, manager);
      await this.audit.record({ actorId: user.id, action: 'evaluation.settings.update', entityType: 'app_setting', entityId: EVALUATION_SETTINGS_KEY, before, after }, manager);
      return after;
    });
  }
}
