// Every SQL statement about project milestones: planning, completing, waiving, the project's list with overdue flags.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A milestone is due by the end of its due date, China time; it is overdue after that while open (neither done nor
 * waived), and due soon in the three days before. Shared with the handler workspace so both say the same.
 */
export const MILESTONE_DUE_AT = `((m.due_date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
/** Neither done nor waived: still to do, and what keeps the project from being completed. */
export const MILESTONE_OPEN = `(m.done_at IS NULL AND m.waived_at IS NULL)`;
export const MILESTONE_OVERDUE = `(${MILESTONE_OPEN} AND ${MILESTONE_DUE_AT} < now())`;
export const MILESTONE_DUE_SOON = `(${MILESTONE_OPEN} AND ${MILESTONE_DUE_AT} >= now() AND ${MILESTONE_DUE_AT} <= now() + interval '3 days')`;

export interface MilestoneRow {
  id: string;
  title: string;
  dueDate: string;
  dueAt: Date;
  doneAt: Date | null;
  evidence: string | null;
  doneByName: string | null;
  waivedAt: Date | null;
  waiverReason: string | null;
  waivedByName: string | null;
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
  async forCompletion(manager: EntityManager, projectId: string, milestoneId: string): Promise<{ id: string; doneAt: Date | null; waivedAt: Date | null } | null> {
    if (!UUID.test(milestoneId)) return null;
    const [row] = await manager.query(`SELECT id, done_at AS "doneAt", waived_at AS "waivedAt" FROM project_milestone WHERE id = $1 AND project_id = $2 FOR UPDATE`, [
      milestoneId,
      projectId,
    ]);
    return row ?? null;
  }

  async complete(manager: EntityManager, milestoneId: string, evidence: string, doneBy: string): Promise<void> {
    await manager.query(`UPDATE project_milestone SET done_at = now(), evidence = $2, done_by = $3 WHERE id = $1`, [milestoneId, evidence, doneBy]);
  }

  async waive(manager: EntityManager, milestoneId: string, reason: string, waivedBy: string): Promise<void> {
    await manager.query(`UPDATE project_milestone SET waived_at = now(), waiver_reason = $2, waived_by = $3 WHERE id = $1`, [milestoneId, reason, waivedBy]);
  }

  /** How many of the project's milestones are open (the project row is locked by the caller, so the count holds). */
  async openCount(manager: EntityManager, projectId: string): Promise<number> {
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM project_milestone m WHERE m.project_id = $1 AND ${MILESTONE_OPEN}`, [projectId]);
    return row.n;
  }

  /** Soonest due first, then in planning order. */
  forProject(projectId: string): Promise<MilestoneRow[]> {
    return this.dataSource.query(
      `SELECT m.id, m.title, to_char(m.due_date, 'YYYY-MM-DD') AS "dueDate", ${MILESTONE_DUE_AT} AS "dueAt", m.done_at AS "doneAt",
              m.evidence, u.display_name AS "doneByName", m.waived_at AS "waivedAt", m.waiver_reason AS "waiverReason",
              w.display_name AS "waivedByName", m.position, ${MILESTONE_OVERDUE} AS "overdue"
         FROM project_milestone m LEFT JOIN app_user u ON u.id = m.done_by LEFT JOIN app_user w ON w.id = m.waived_by
        WHERE m.project_id = $1
        ORDER BY m.due_date, m.position`,
      [projectId],
    );
  }
}
