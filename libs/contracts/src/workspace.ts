// 精准实施: the handler's workspace, `GET /api/workspace`.

/** One thing the caller has to get done: a request assigned to them, or a milestone of a project they own. */
export interface WorkspaceItem {
  kind: 'request' | 'milestone';
  /** the request's id, or the milestone's id */
  id: string;
  /** the request's code, or the milestone's project code */
  code: string;
  /** the request's title, or the milestone's title */
  title: string;
  /** the request's category, or the milestone's project title */
  context: string;
  /** the request's resolution due time (extensions included); the end of the milestone's due date, China time */
  dueAt: string | null;
  overdue: boolean;
  /** a request past its 80 % warning; a milestone due within three days */
  dueSoon: boolean;
  /** where the web app shows it: `/requests/:id` or `/projects/:projectId` */
  link: string;
}

export interface Workspace {
  /** due soonest first (no due time last) */
  items: WorkspaceItem[];
  counts: { total: number; requests: number; milestones: number; overdue: number; dueSoon: number };
}
