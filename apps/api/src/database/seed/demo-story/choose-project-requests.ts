// 1. The projects' requests: each theme takes 2–8 requests of one town submitted before the project was drafted.
import { DAY_MS } from '@banshishi/workflow';
import { THEMES, type ProjectTheme } from './project-themes';
import type { Sim, Story, TownKey } from './story';

export interface ProjectPlan {
  theme: ProjectTheme;
  /** the owner: this town's 总工会 */
  town: TownKey;
  createdAt: number;
  members: Sim[];
}

export function chooseProjectRequests(story: Story): ProjectPlan[] {
  const taken = new Set<Sim>();
  return THEMES.map((theme) => {
    const createdAt = story.office(story.now - theme.createdDaysAgo * DAY_MS);
    const candidates = (town: TownKey) =>
      story.sims.filter((sim) => sim.town === town && !taken.has(sim) && theme.titles.includes(sim.facts.title) && sim.facts.submittedAt.getTime() < createdAt - 2 * DAY_MS);
    const other: TownKey = theme.preferredTown === 'town1' ? 'town2' : 'town1';
    const town = candidates(theme.preferredTown).length >= 2 ? theme.preferredTown : other;
    // The ones raised closest before the project was drafted are what prompted it.
    const members = candidates(town).slice(-8);
    if (members.length < 2) throw new Error(`demo story: too few requests for ${theme.title}`);
    for (const member of members) taken.add(member);
    return { theme, town, createdAt, members };
  });
}
