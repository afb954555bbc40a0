// Whether a project shows on the public 公示 (and to the requesters of its requests), and whether its work is done so
// its outcome can be asked for. The groups are the workflow's; this only reads a status that may not be loaded yet.
import { inStatusGroup, PROJECT_DONE_STATUSES, PROJECT_PUBLIC_STATUSES, type ProjectStatus } from '@banshishi/workflow';

export function isProjectPublic(status: ProjectStatus | undefined): boolean {
  return status !== undefined && inStatusGroup(PROJECT_PUBLIC_STATUSES, status);
}

export function isProjectDone(status: ProjectStatus | undefined): boolean {
  return status !== undefined && inStatusGroup(PROJECT_DONE_STATUSES, status);
}
