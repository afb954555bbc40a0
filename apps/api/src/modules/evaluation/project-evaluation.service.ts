// 评估问效 for a 实事项目: milestones on time, deadline met, the linked requesters' 解决率 and 满意率 (their latest
// answers, with the admin's weight for 基本满意 — the same formula as the dashboard, from libs/workflow), people
// reached against those expected, and the leader's score. Derived on read; nothing here is stored twice.
import { Injectable } from '@nestjs/common';
import type { ProjectEvaluation } from '@banshishi/contracts';
import { EMPTY_FIGURE_COUNTS, PROJECT_DONE_STATUSES, computeFigures, inStatusGroup, type FigureCounts } from '@banshishi/workflow';
import { DomainError } from '../../common/errors/domain-error';
import type { AuthUser } from '../identity/auth-user';
import { ScopeService } from '../identity/scope.service';
import { EvaluationSettingsService } from './evaluation-settings.service';
import { ProjectEvaluationRepository, type OutcomeRow } from './project-evaluation.repository';

@Injectable()
export class ProjectEvaluationService {
  constructor(
    private readonly repository: ProjectEvaluationRepository,
    private readonly scope: ScopeService,
    private readonly settings: EvaluationSettingsService,
  ) {}

  /** For cadres and leaders over the owner unit; anyone else gets 404. */
  async forStaff(user: AuthUser, id: string): Promise<ProjectEvaluation> {
    const row = await this.repository.outcome('id', id);
    if (!row || !this.scope.covers(user, row.ownerUnitPath, ['cadre', 'leader'])) throw new DomainError('NOT_FOUND', 'No such project');
    return this.view(row);
  }

  /** The public outcome of a completed project: figures only, no person. */
  async forPublic(code: string): Promise<ProjectEvaluation> {
    const row = await this.repository.outcome('code', code);
    if (!row || !inStatusGroup(PROJECT_DONE_STATUSES, row.status)) throw new DomainError('NOT_FOUND', 'No completed project with this code');
    return this.view(row);
  }

  private async view(row: OutcomeRow): Promise<ProjectEvaluation> {
    const counts: FigureCounts = {
      ...EMPTY_FIGURE_COUNTS,
      answered: row.answered,
      answeredResolved: row.answeredResolved,
      answeredPartly: row.answeredPartly,
      answeredSatisfied: row.answeredSatisfied,
      answeredBasicallySatisfied: row.answeredBasicallySatisfied,
    };
    const figures = computeFigures(counts, await this.settings.get());
    return {
      code: row.code,
      status: row.status,
      deadline: row.deadline,
      completedAt: row.completedAt?.toISOString() ?? null,
      deadlineMet: row.deadlineMet,
      milestonesOnTime: ratio(row.milestonesOnTime, row.milestones),
      requests: { linked: row.linked, answered: row.answered, resolutionRate: figures.resolutionRate, satisfactionRate: figures.satisfactionRate },
      beneficiaries: { expected: row.expected, reached: row.reached },
      score: row.score === null ? null : Number(row.score),
      comment: row.comment,
    };
  }
}

function ratio(numerator: number, denominator: number) {
  return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
}
