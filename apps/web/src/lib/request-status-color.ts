import type { RequestStatus } from '@banshishi/workflow';

/** The tag colour of a status: waiting is gold, being handled blue, done green, stopped grey or red. */
export const REQUEST_STATUS_COLOR: Record<RequestStatus, string> = {
  submitted: 'gold',
  accepted: 'blue',
  in_progress: 'processing',
  in_project: 'purple',
  resolved: 'cyan',
  closed: 'green',
  rejected: 'red',
  merged: 'default',
  withdrawn: 'default',
};
