// 评估问效 for a 实事项目: milestones on time, deadline met, the linked requesters' 解决率 and 满意率 (their latest
// answers, with the admin's weight for 基本满意 — the same formula as the dashboard, from libs/workflow), people
// reached against those expected, and the leader's score. Derived on read; nothing here is stored twice.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProjectEvaluation } from '@banshishi/contracts';
import { EMPTY_FIGURE_COUNTS, computeFigures, type FigureCounts, type ProjectStatus } from '@banshishi/workflow';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import type { AuthUser } from '../identity/auth-user';
import { ScopeService } from '../identity/scope.service';
import { EvaluationSettingsService } from './evaluation-settings.service';

interface OutcomeRow {
  id: string;
  code: string;
  status: ProjectStatus;
  ownerUnitPath: string;
  deadline: string;
  completedAt: Date | null;
  deadlineMet: boolean | null;
  milestones: number;
  milestonesOnTime: number;
  expected: number;
  reached: number | null;
  score: string | null;
  comment: string | null;
  linked: number;
  answered: number;
  answeredResolved: number;
  answeredPartly: number;
  answeredSatisfied: number;
  answeredBasicallySatisfied: number;
}

const PUBLIC_STATUSES: readonly ProjectStatus[] = ['completed', 'evaluated'];

@Injectable()
export class ProjectEvaluationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly settings: EvaluationSettingsService,
  ) {}

  /** For cadres and leaders over the owner unit; anyone else gets 404. */
  async forStaff(user: AuthUser, id: string): Promise<ProjectEvaluation> {
    const row = await this.outcome('p.id = $1', id);
    if (!row || !this.scope.covers(user, row.ownerUnitPath, ['cadre', 'leader'])) throw new DomainError('NOT_FOUND', 'No such project');
    return this.view(row);
  }

  /** The public outcome of a completed project: figures only, no person. */
  async forPublic(code: string): Promise<ProjectEvaluation> {
    const row = await this.outcome('p.code = $1', code);
    if (!row || !PUBLIC_STATUSES.includes(row.status)) throw new DomainError('NOT_FOUND', 'No completed project with this code');
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

  /** One row: a due day ends at midnight China time, so "on time" is done before the next day begins there. */
  private async outcome(where: string, key: string): Promise<OutcomeRow | null> {
    const [row] = await this.dataSource.query(
      `WITH p AS (SELECT p.* FROM project p WHERE ${where}),
            answers AS (
              SELECT DISTINCT ON (a.request_id) a.resolved, a.satisfaction
                FROM request_answer a JOIN project_request pr ON pr.request_id = a.request_id JOIN p ON p.id = pr.project_id
               ORDER BY a.request_id, a.answered_at DESC, a.id DESC)
       SELECT p.id, p.code, p.status, ou.path AS "ownerUnitPath", to_char(p.deadline, 'YYYY-MM-DD') AS deadline,
              p.completed_at AS "completedAt",
              CASE WHEN p.completed_at IS NULL THEN NULL ELSE p.completed_at < ((p.deadline + 1)::timestamp AT TIME ZONE 'Asia/Shanghai') END AS "deadlineMet",
              (SELECT count(*)::int FROM project_milestone m WHERE m.project_id = p.id) AS milestones,
              (SELECT count(*)::int FROM project_milestone m WHERE m.project_id = p.id
                  AND m.done_at < ((m.due_date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')) AS "milestonesOnTime",
              p.expected_beneficiaries AS expected, p.beneficiaries_reached AS reached, p.score, p.evaluation_comment AS comment,
              (SELECT count(*)::int FROM project_request pr WHERE pr.project_id = p.id) AS linked,
              (SELECT count(*)::int FROM answers) AS answered,
              (SELECT count(*)::int FROM answers WHERE resolved = 'resolved') AS "answeredResolved",
              (SELECT count(*)::int FROM answers WHERE resolved = 'partly') AS "answeredPartly",
              (SELECT count(*)::int FROM answers WHERE satisfaction = 'satisfied') AS "answeredSatisfied",
              (SELECT count(*)::int FROM answers WHERE satisfaction = 'basically_satisfied') AS "answeredBasicallySatisfied"
         FROM p JOIN org_unit ou ON ou.id = p.owner_unit_id`,
      [key],
    );
    return row ?? null;
  }
}

function ratio(numerator: number, denominator: number) {
  return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
}

