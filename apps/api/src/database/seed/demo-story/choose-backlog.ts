// 3. The rest of the older backlog: a few withdrawn by the worker, some rejected or transferred, a few left untouched;
// the others are accepted late (section 4).
import { DAY_MS } from '@banshishi/workflow';
import type { Sim, Story } from './story';

/** Out of ~300 requests: about 5% rejected, 4% transferred, 3 withdrawn, 4 left red in the inbox. */
const COUNTS = { reject: 15, transfer: 12, withdraw: 3, untouched: 4 };

export interface BacklogFates {
  withdrawals: Set<Sim>;
  rejections: Set<Sim>;
  transfers: Set<Sim>;
  /** the red in the inbox: raised a week or more ago, nobody answered yet */
  untouched: Set<Sim>;
}

/** The fates of the older requests not in `taken` (the projects' requests, the duplicates and their targets). */
export function chooseBacklog(story: Story, taken: ReadonlySet<Sim>): BacklogFates {
  const free = story.sims.filter((sim) => story.older(sim) && !taken.has(sim));
  const withdrawals = new Set(free.filter((sim) => story.isWorkerOwn(sim)).slice(-COUNTS.withdraw));
  const shuffled = free
    .filter((sim) => sim.status === 'submitted' && !withdrawals.has(sim))
    .map((sim) => ({ sim, key: story.next() }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.sim);
  const rest = shuffled.slice(COUNTS.reject + COUNTS.transfer);
  return {
    withdrawals,
    rejections: new Set(shuffled.slice(0, COUNTS.reject)),
    transfers: new Set(shuffled.slice(COUNTS.reject, COUNTS.reject + COUNTS.transfer)),
    untouched: new Set(rest.filter((sim) => story.now - sim.facts.submittedAt.getTime() < 25 * DAY_MS).slice(0, COUNTS.untouched)),
  };
}
