// The second act of the demo story (development only), after demo-requests.ts in the same transaction: what the two
// towns' cadres, the district leader and the worker did with the demo requests (项目确定 → 精准实施), and five
// 实事项目, one in each state of their life. Deterministic: a fixed seed decides everything but "now".
//
// Every status change goes through the API's own pure steps — stepRequest / stepProject: the transition table with
// the actor the API would see, then the columns the API moves — at the story's (past) time; the rows are written at
// the end, in a few statements. In order:
//   1. choose-project-requests  the requests that prompted each of the five projects
//   2. choose-duplicates        later requests saying the same as an earlier one, to be merged
//   3. choose-backlog           of the older rest: withdrawn, rejected, transferred, left untouched
//   4. triage-requests          each request's first answer (merge, withdraw, reject, transfer, accept late), then
//      handle-request           its handling: assigned, contacted, resolved, answered (重办 up to three rounds)
//   5. supervise-overdue        督办 of the most overdue
//   6. play-projects            the five projects, their requests linked, approved, started, completed
//   7. write-story              every row
import type { EntityManager } from 'typeorm';
import type { DemoRequestContext } from '../demo-requests';
import { chooseBacklog } from './choose-backlog';
import { chooseDuplicates } from './choose-duplicates';
import { chooseProjectRequests } from './choose-project-requests';
import { playProjects } from './play-projects';
import { Story, readRequests } from './story';
import { superviseOverdue } from './supervise-overdue';
import { triageRequests } from './triage-requests';
import { writeStory } from './write-story';

export async function seedDemoStory(manager: EntityManager, context: DemoRequestContext): Promise<void> {
  const story = new Story(context, await readRequests(manager));
  const projects = chooseProjectRequests(story);
  const inProjects = new Set(projects.flatMap((project) => project.members));
  const merges = chooseDuplicates(story, inProjects);
  const backlog = chooseBacklog(story, new Set([...inProjects, ...merges.keys(), ...merges.values()]));
  triageRequests(story, { ...backlog, merges, inProjects });
  superviseOverdue(story, inProjects);
  const played = playProjects(story, projects);
  await writeStory(manager, story, played);
}
