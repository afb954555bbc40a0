// 精准实施, the handler's desk: what I must get done, due soonest first, in one list.
import { Injectable } from '@nestjs/common';
import type { Workspace, WorkspaceItem } from '@banshishi/contracts';
import type { AuthUser } from '../../identity/auth-user';
import { WorkspaceRepository, type WorkspaceRow } from './workspace.repository';

function toItem(row: WorkspaceRow): WorkspaceItem {
  return {
    kind: row.kind,
    id: row.id,
    code: row.code,
    title: row.title,
    context: row.context,
    dueAt: row.dueAt?.toISOString() ?? null,
    overdue: row.overdue,
    dueSoon: row.dueSoon,
    link: row.kind === 'request' ? `/requests/${row.id}` : `/projects/${row.projectId}`,
  };
}

@Injectable()
export class WorkspaceService {
  constructor(private readonly repository: WorkspaceRepository) {}

  /** Only the caller's own: requests assigned to them, milestones of implementing projects they own. */
  async forUser(user: AuthUser): Promise<Workspace> {
    const items = (await this.repository.forUser(user.id)).map(toItem);
    const count = (test: (item: WorkspaceItem) => boolean) => items.filter(test).length;
    return {
      items,
      counts: {
        total: items.length,
        requests: count((item) => item.kind === 'request'),
        milestones: count((item) => item.kind === 'milestone'),
        overdue: count((item) => item.overdue),
        dueSoon: count((item) => item.dueSoon),
      },
    };
  }
}
