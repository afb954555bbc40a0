// Every SQL statement about project milestones: planning, completing, the project's list with overdue flags.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A milestone is due by the end of its due date, China time; it is overdue after that while not done, and due soon
 * in the three days before. Shared with the handler workspace so both say the same.
 */
export const MILESTONE_DUE_AT = `((m.due_date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
export const MILESTONE_OVERDUE = `(m.done_at IS NULL AND ${MILESTONE_DUE_AT} < now())`;
export const MILESTONE_DUE_SOON = `(m.done_at IS NULL AND ${MILESTONE_DUE_AT} >= now() AND ${MILESTONE_DUE_AT} <= now() + interval '3 days')`;

export interface MilestoneRow {
  id: string;
  title: string;
  dueDate: string;
  dueAt: Date;
  doneAt: Date | null;
  evidence: string | null;
  doneByName: string | null;
  position: number;
  overdue: boolean;
}

@Injectable()
export class MilestonesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appended after the project's last milestone (the project row is locked by the caller, so positions do not race). */
  async insert(manager: EntityManager, projectId: string, title: string, dueDate: string): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO project_milestone (project_id, title, due_date, position)
       VALUES ($1, $2, $3, (SELECT COALESCE(max(position), 0) + 1 FROM project_milestone WHERE project_id = $1))
       RETURNING id`,
      [projectId, title, dueDate],
    );
    return id;
  }

  /** The milestone of this project, locked; null for an id that is not one (or belongs to another project). */
  async forCompletion(manager: EntityManager, projectId: string, milestoneId: string): Promise<{ id: string; doneAt: Date | null } | null> {
    if (!UUID.test(milestoneId)) return null;
    const [row] = await manager.query(`SELECT id, done_at AS "doneAt" FROM project_milestone WHERE id = $1 AND project_id = $2 FOR UPDATE`, [milestoneId, projectId]);
    return row ?? null;
  }

  async complete(manager: EntityManager, milestoneId: string, evidence: string, doneBy: string): Promise<void> {
    await manager.query(`UPDATE project_milestone SET done_at = now(), evidence = $2, done_by = $3 WHERE id = $1`, [milestoneId, evidence, doneBy]);
  }

  /** Soonest due first, then in planning order. */
  forProject(projectId: string): Promise<MilestoneRow[]> {
    return this.dataSource.query(
      `SELECT m.id, m.title, to_char(m.due_date, 'YYYY-MM-DD') AS "dueDate", ${MILESTONE_DUE_AT} AS "dueAt", m.done_at AS "doneAt",
              m.evidence, u.display_name AS "doneByName", m.position, ${MILESTONE_OVERDUE} AS "overdue"
         FROM project_milestone m LEFT JOIN app_user u ON u.id = m.done_by
        WHERE m.project_id = $1
        ORDER BY m.due_date, m.position`,
      [projectId],
    );
  }
}
