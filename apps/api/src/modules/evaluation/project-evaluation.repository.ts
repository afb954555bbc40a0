// The one SQL statement of a project's 评估问效: its milestones, deadline, linked requests' latest answers and the
// leader's evaluation, counted in one row.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProjectStatus } from '@banshishi/workflow';
import { DataSource } from 'typeorm';

export interface OutcomeRow {
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

const KEY_COLUMNS = { id: 'p.id', code: 'p.code' } as const;

@Injectable()
export class ProjectEvaluationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The project found by its id or its code; a due day ends at midnight China time, so "on time" is done before the next day begins there. */
  async outcome(by: keyof typeof KEY_COLUMNS, key: string): Promise<OutcomeRow | null> {
    const [row] = await this.dataSource.query(
      `WITH p AS (SELECT p.* FROM project p WHERE ${KEY_COLUMNS[by]} = $1),
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
