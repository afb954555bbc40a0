// A project's progress % (DOMAIN: "progress % is done ÷ all"): derived, never stored.
import { PROJECT_DONE_STATUSES, inStatusGroup, type ProjectStatus } from '@banshishi/workflow';

/**
 * Done milestones ÷ all milestones, as a whole percentage rounded down, whatever the project's status: a waived
 * milestone settles completion but was not done, so a project completed with one of two milestones waived shows 50.
 * Without milestones: 0 while under way, 100 once its work is done (completed or evaluated: the report is all there is).
 */
export function projectProgress(status: ProjectStatus, doneMilestones: number, allMilestones: number): number {
  if (allMilestones <= 0) return inStatusGroup(PROJECT_DONE_STATUSES, status) ? 100 : 0;
  return Math.floor((Math.min(doneMilestones, allMilestones) * 100) / allMilestones);
}
