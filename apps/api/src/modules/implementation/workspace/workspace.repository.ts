// The handler workspace's one query: my assigned open requests and the open milestones of the projects I own.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PROJECT_IMPLEMENTING_STATUSES, REQUEST_IN_HAND_STATUSES } from '@banshishi/workflow';
import { DataSource } from 'typeorm';
import { sqlList } from '../../../common/database/sql-list';
import { MILESTONE_DUE_AT, MILESTONE_DUE_SOON, MILESTONE_OPEN, MILESTONE_OVERDUE } from '../../projects/milestones/milestones.repository';

/** More than anyone can work through; keeps one response bounded. */
export const WORKSPACE_LIMIT = 500;

export interface WorkspaceRow {
  kind: 'request' | 'milestone';
  id: string;
  code: string;
  title: string;
  context: string;
  dueAt: Date | null;
  overdue: boolean;
  dueSoon: boolean;
  projectId: string | null;
}

@Injectable()
export class WorkspaceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  forUser(userId: string): Promise<WorkspaceRow[]> {
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT 'request' AS kind, r.id, r.code, r.title, c.name_zh AS context, r.due_at AS "dueAt",
                COALESCE(r.due_at < now(), false) AS overdue, COALESCE(r.warn_at <= now() AND r.due_at >= now(), false) AS "dueSoon",
                NULL::uuid AS "projectId"
           FROM request r JOIN category c ON c.id = r.category_id
          WHERE r.handler_id = $1 AND r.status IN ${sqlList(REQUEST_IN_HAND_STATUSES)}
         UNION ALL
         SELECT 'milestone', m.id, p.code, m.title, p.title, ${MILESTONE_DUE_AT}, ${MILESTONE_OVERDUE}, ${MILESTONE_DUE_SOON}, p.id
           FROM project_milestone m JOIN project p ON p.id = m.project_id
          WHERE p.owner_user_id = $1 AND p.status IN ${sqlList(PROJECT_IMPLEMENTING_STATUSES)} AND ${MILESTONE_OPEN}
       ) items
       ORDER BY "dueAt" ASC NULLS LAST, code, id
       LIMIT ${WORKSPACE_LIMIT}`,
      [userId],
    );
  }
}
