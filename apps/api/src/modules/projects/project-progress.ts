// A project's progress % (DOMAIN: "milestones with due dates, evidence, progress %"): derived, never stored.
import type { ProjectStatus } from '@banshishi/workflow';

/** The work is done once the project is completed, whatever milestones were planned. */
const DONE_STATUSES: readonly ProjectStatus[] = ['completed', 'evaluated'];

/**
 * Done milestones ÷ all milestones, as a whole percentage rounded down (so 100 only when every milestone is done);
 * 0 without milestones; 100 once the project is completed.
 */
export function projectProgress(status: ProjectStatus, doneMilestones: number, allMilestones: number): number {
  if (DONE_STATUSES.includes(status)) return 100;
  if (allMilestones <= 0) return 0;
  return Math.floor((Math.min(doneMilestones, allMilestones) * 100) / allMilestones);
}
