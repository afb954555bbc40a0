// 4. Every request's own story, oldest first (merge targets are handled before their duplicates need them): the
// office's first answer (响应) — merged, withdrawn by the worker, rejected, left untouched, transferred, or accepted
// late — and then, for those accepted, their handling (handle-request.ts). The projects' requests wait for section 6.
import { DAY_MS } from '@banshishi/workflow';
import type { BacklogFates } from './choose-backlog';
import { handleRequest } from './handle-request';
import { TOWNS, type Sim, type Story } from './story';
import { DEFAULT_REJECT, REJECT_REASONS, UNIT_SHORT_NAMES } from './story-words';

export interface Fates extends BacklogFates {
  /** duplicate → the request it is merged into */
  merges: ReadonlyMap<Sim, Sim>;
  /** the projects' requests, played in section 6 */
  inProjects: ReadonlySet<Sim>;
}

export function triageRequests(story: Story, fates: Fates): void {
  for (const [duplicate, target] of fates.merges) {
    target.holdOpenUntil = Math.max(target.holdOpenUntil, duplicate.facts.submittedAt.getTime() + 3 * DAY_MS);
  }
  const overdue = { count: 0 };
  for (const sim of story.sims) {
    if (!fates.inProjects.has(sim) && respond(story, sim, fates)) handleRequest(story, sim, overdue);
  }
  // Merges ran in submission order, so every target had been submitted; check it was still open each time.
  for (const [duplicate, target] of fates.merges) {
    if (duplicate.status === 'merged' && target.resolvedAt && target.resolvedAt.getTime() <= duplicate.last) {
      throw new Error(`demo story: ${target.facts.code} was resolved before ${duplicate.facts.code} merged into it`);
    }
  }
}

/** The request's fate before any handling; true when it goes on to be handled. */
function respond(story: Story, sim: Sim, fates: Fates): boolean {
  const target = fates.merges.get(sim);
  if (target) {
    merge(story, sim, target);
    return false;
  }
  if (fates.withdrawals.has(sim)) {
    withdraw(story, sim);
    return false;
  }
  if (fates.rejections.has(sim)) {
    reject(story, sim);
    return false;
  }
  if (fates.untouched.has(sim)) return false;
  if (fates.transfers.has(sim)) return transfer(story, sim);
  acceptLate(story, sim);
  return true;
}

function merge(story: Story, sim: Sim, target: Sim): void {
  const at = story.later(sim, 2, 30);
  if (at !== null) story.act(sim, 'merge', story.cadre(sim.town), { targetId: target.facts.id }, at);
}

/** By the worker, from their own real-name request. */
function withdraw(story: Story, sim: Sim): void {
  const at = story.later(sim, 6, 72, false);
  if (at !== null) story.act(sim, 'withdraw', story.requester(sim), { reason: '问题已经和车间主任当面说清楚，先撤回。' }, at);
}

function reject(story: Story, sim: Sim): void {
  const at = story.later(sim, 3, 40);
  if (at !== null) story.act(sim, 'reject', story.cadre(sim.town), { reason: story.pick(REJECT_REASONS[sim.facts.category] ?? DEFAULT_REJECT) }, at);
}

/** To a sibling 基层工会 of the same town, which mostly accepts it; false when it could not happen (yet). */
function transfer(story: Story, sim: Sim): boolean {
  const to = story.pick(TOWNS[sim.town].filter((key) => key !== sim.unitKey));
  const unitId = story.unitId(to);
  const at = story.later(sim, 3, 30);
  if (!unitId || at === null) return false;
  const cadre = story.cadre(sim.town);
  const toName = UNIT_SHORT_NAMES[to];
  story.act(sim, 'transfer', cadre, { unitId, reason: `经核实，反映人的工作岗位归属${toName}，转${toName}工会办理。` }, at);
  const acceptAt = story.chance(0.8) ? story.later(sim, 4, 48) : null;
  if (acceptAt !== null) story.act(sim, 'accept', cadre, {}, acceptAt);
  return true;
}

/** The older ones still waiting are accepted, late (the fresh ones wait in the inbox). */
function acceptLate(story: Story, sim: Sim): void {
  if (sim.status !== 'submitted' || !story.older(sim)) return;
  const at = story.later(sim, 2, 40);
  if (at !== null) story.act(sim, 'accept', story.cadre(sim.town), {}, at);
}
