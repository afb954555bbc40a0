// A project's progress % (DOMAIN: "milestones with due dates, evidence, progress %"): derived, never stored.
import { PROJECT_DONE_STATUSES, inStatusGroup, type ProjectStatus } from '@banshishi/workflow';

/**
 * Done milestones ÷ all milestones, as a whole percentage rounded down (so 100 only when every milestone is done);
 * 0 without milestones; 100 once the project's work is done (completed or evaluated), whatever milestones were planned.
 */
export function projectProgress(status: ProjectStatus, doneMilestones: number, allMilestones: number): number {
  if (inStatusGroup(PROJECT_DONE_STATUSES, status)) return 100;
  if (allMilestones <= 0) return 0;
  return Math.floor((Math.min(doneMilestones, allMilestones) * 100) / allMilestones);
}
