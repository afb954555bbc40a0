// 5. 督办: the district leader chases the requests most overdue — three being worked on, one still waiting for 响应.
import { DAY_MS, HOUR_MS, chinaDayNumber, formatIsoDay } from '@banshishi/workflow';
import type { Sim, Story } from './story';

const CHASED = { in_progress: 3, submitted: 1 };

/** `inProjects`: the projects' requests, not yet linked (section 6), which nobody chases. */
export function superviseOverdue(story: Story, inProjects: ReadonlySet<Sim>): void {
  const overdue = story.sims
    .filter((sim) => !inProjects.has(sim))
    .map((sim) => ({ sim, due: dueOf(sim) }))
    .filter((x) => x.due < story.now - 2 * DAY_MS)
    .sort((a, b) => a.due - b.due);
  const chased = [
    ...overdue.filter((x) => x.sim.status === 'in_progress').slice(0, CHASED.in_progress),
    ...overdue.filter((x) => x.sim.status === 'submitted').slice(0, CHASED.submitted),
  ];
  const deadline = formatIsoDay(chinaDayNumber(story.calendar.addWorkingDays(new Date(story.now), 3).getTime()));
  for (const { sim, due } of chased) {
    const at = story.office(Math.max(sim.last, due) + story.between(24, 72) * HOUR_MS);
    if (at > story.limit) continue;
    const town = sim.town === 'town1' ? '滨江街道' : '临港镇';
    story.act(sim, 'supervise', story.leader, { note: `该诉求已超期，请${town}总工会于${deadline}前办结并向区总工会反馈。`, deadline }, at);
  }
}

/** The clock that runs: the response clock while it waits for 响应, the resolution clock while it is worked on. */
function dueOf(sim: Sim): number {
  if (sim.status === 'submitted') return sim.facts.responseDueAt.getTime();
  if (sim.status === 'in_progress') return sim.resolutionDueAt?.getTime() ?? Infinity;
  return Infinity;
}
