// 不合理诉求: a leader or cadre leaves a request out of the figures, with a reason; the decision is on the audit log.
import type { RequestExclusion } from '@banshishi/contracts';
import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../identity/auth-user';
import { ScopeService } from '../identity/scope.service';
import { Clock } from '../../platform/clock/clock';
import { DASHBOARD_ROLES } from './dashboard.service';
import { EvaluationRepository } from './evaluation.repository';

@Injectable()
export class RequestExclusionService {
  constructor(
    private readonly repository: EvaluationRepository,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** `reason` null lifts the exclusion. Outside the caller's scope 404; in scope without leader/cadre 403. */
  async set(user: AuthUser, id: string, reason: string | null): Promise<RequestExclusion> {
    await this.clock.sync();
    return this.repository.transaction(async (manager) => {
      const row = await this.repository.exclusionForUpdate(manager, id);
      if (!row || !this.scope.covers(user, row.path)) throw new DomainError('NOT_FOUND', 'No such request');
      if (!this.scope.covers(user, row.path, DASHBOARD_ROLES)) throw new DomainError('FORBIDDEN', 'Only a leader or cadre over the request can decide on 不合理诉求');
      if ((row.excludedAt !== null) === (reason !== null)) {
        throw new DomainError('UNPROCESSABLE', reason === null ? 'The request is not excluded' : 'The request is already excluded');
      }
      const excludedAt = reason === null ? null : this.clock.now();
      await this.repository.setExclusion(id, { excludedAt, excludedBy: reason === null ? null : user.id, reason }, manager);
      await this.audit.record(
        {
          actorId: user.id,
          action: reason === null ? 'request.exclusion.lift' : 'request.exclusion.set',
          entityType: 'request',
          entityId: id,
          before: { excluded: row.excludedAt !== null, reason: row.reason },
          after: { excluded: reason !== null, reason },
        },
        manager,
      );
      return { id, excluded: reason !== null, excludedAt: excludedAt?.toISOString() ?? null, reason };
    });
  }
}
