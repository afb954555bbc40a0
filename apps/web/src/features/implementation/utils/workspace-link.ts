// Where a workspace item opens in the staff app: a request on its handling page, a milestone on its project.
import type { WorkspaceItem } from '@banshishi/contracts';

export function workspaceLink(item: Pick<WorkspaceItem, 'kind' | 'id' | 'link'>): string {
  // The API's link for a request is the requester's page; staff handle it under /inbox.
  if (item.kind === 'request') return `/inbox/${encodeURIComponent(item.id)}`;
  return item.link;
}
