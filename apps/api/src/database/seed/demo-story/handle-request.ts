// 4b. An accepted request from then on: assigned to the town cadre, contacted, worked on, resolved and answered —
// again when the answer sends it back (重办), up to three rounds — or, for a few, still open and overdue.
import { DAY_MS, HOUR_MS, type Actor, type AnswerResolved, type AnswerSatisfaction } from '@banshishi/workflow';
import type { Sim, Story } from './story';
import { ANSWER_COMMENTS, CONTACT_NOTES, PROGRESS_NOTES, RESOLUTIONS } from './story-words';

/** The answer window: 7 working days after resolved; later than that, the answer (or its absence) is in. */
const ANSWER_WINDOW_DAYS = 7;
/** How many stay in progress past their due date, so the inbox shows red. */
const OVERDUE_IN_PROGRESS = 8;

/** Shared by every request the story handles: how many have been kept open past their due date so far. */
export interface OverdueKept {
  count: number;
}

export function handleRequest(story: Story, sim: Sim, overdue: OverdueKept): void {
  const handler = takeUp(story, sim);
  if (!handler) return;
  for (let round = 0; round < 3 && sim.status === 'in_progress'; round++) {
    if (round === 0 && staysOpen(story, sim, overdue)) return;
    const resolvedAt = resolve(story, sim, round, handler);
    if (resolvedAt === null) return;
    answer(story, sim, round, resolvedAt);
  }
}

/** Assigned, the requester contacted, maybe a progress note; the handler, or null when it is not taken up (yet). */
function takeUp(story: Story, sim: Sim): Actor | null {
  if (sim.status !== 'accepted' || !sim.acceptedAt) return null;
  const cadre = story.cadre(sim.town);
  const due = sim.resolutionDueAt?.getTime() ?? Infinity;
  // "Most accepted ones older than 10 days" go to a handler; the few left are still within their clock.
  if (story.now - sim.acceptedAt.getTime() < 10 * DAY_MS || (due > story.now && story.chance(0.25))) return null;
  const assignAt = story.later(sim, 2, 48);
  if (assignAt === null) return null;
  story.act(sim, 'assign', cadre, { handlerId: cadre.id }, assignAt);

  const handler: Actor = { ...cadre, isHandler: true };
  const contactAt = story.later(sim, 1, 30);
  if (contactAt !== null) story.act(sim, 'note', handler, { note: story.pick(CONTACT_NOTES), contacted: true, public: true }, contactAt);
  const progressAt = story.later(sim, 24, 5 * 24);
  if (progressAt !== null && progressAt < due && story.chance(0.7)) {
    const [note, isPublic] = story.pick(PROGRESS_NOTES);
    story.act(sim, 'note', handler, { note, public: isPublic }, progressAt);
  }
  return handler;
}

/** Still being worked on: a few past their due date (recent enough to be chased), more within their clock. */
function staysOpen(story: Story, sim: Sim, overdue: OverdueKept): boolean {
  const due = sim.resolutionDueAt?.getTime() ?? Infinity;
  if (due < story.now && due > story.now - 40 * DAY_MS && overdue.count < OVERDUE_IN_PROGRESS && story.chance(0.6)) {
    overdue.count += 1;
    return true;
  }
  return due > story.now && story.chance(0.6);
}

/** Resolved, mostly on time in the first round, after any duplicate has been merged into it; its time, or null. */
function resolve(story: Story, sim: Sim, round: number, handler: Actor): number | null {
  const due = sim.resolutionDueAt?.getTime() ?? Infinity;
  const earliest = Math.max(sim.last + 2 * DAY_MS, sim.holdOpenUntil + HOUR_MS);
  const onTime = round === 0 && story.chance(0.9);
  const latest = onTime && due > earliest ? Math.min(due, story.limit) : earliest + story.between(1, 6) * DAY_MS;
  const at = story.office(earliest + story.next() * Math.max(0, latest - earliest));
  if (at > story.limit || at < sim.last) return null;
  story.act(sim, 'resolve', handler, { resolution: story.pick(RESOLUTIONS[sim.facts.category] ?? RESOLUTIONS.other) }, at);
  return at;
}

/** The requester's answer within the window: their own feedback, or the cadre's 回访; else the window closes it unrated. */
function answer(story: Story, sim: Sim, round: number, resolvedAt: number): void {
  const windowEnd = story.calendar.addWorkingDays(new Date(resolvedAt), ANSWER_WINDOW_DAYS).getTime();
  if (windowEnd > story.limit) return;
  const given = chooseAnswer(story, round);
  const comment = story.pick(ANSWER_COMMENTS[given.satisfaction]);
  const closeUnrated = () => story.act(sim, 'close_unrated', story.system, {}, windowEnd);
  if (story.isWorkerOwn(sim)) {
    const at = story.later(sim, 4, 4 * 24, false);
    if (at === null || at > windowEnd) closeUnrated();
    else story.act(sim, 'feedback', story.requester(sim), { ...given, comment }, at);
  } else if (story.chance(0.75)) {
    const at = story.later(sim, 20, 5 * 24);
    if (at === null || at > windowEnd) closeUnrated();
    else story.act(sim, 'return_visit', story.cadre(sim.town), { ...given, comment, channel: story.chance(0.8) ? 'phone' : 'in_person' }, at);
  } else {
    closeUnrated();
  }
}

/** Mostly satisfied; a later round (after 重办) always is. */
function chooseAnswer(story: Story, round: number): { resolved: AnswerResolved; satisfaction: AnswerSatisfaction } {
  const roll = story.next();
  if (round > 0 || roll < 0.68) return { resolved: 'resolved', satisfaction: 'satisfied' };
  if (roll < 0.84) return { resolved: 'resolved', satisfaction: 'basically_satisfied' };
  if (roll < 0.93) return { resolved: 'partly', satisfaction: 'basically_satisfied' };
  return { resolved: 'unresolved', satisfaction: 'dissatisfied' };
}
